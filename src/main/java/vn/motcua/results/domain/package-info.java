/** The result documents of a dossier and the rules of recording them: plain Java. */
@NamedInterface("domain")
package vn.motcua.results.domain;

import org.springframework.modulith.NamedInterface;
