/** Plain-Java procedures and their versions, with the value objects that validate them. */
@NamedInterface("domain")
package vn.motcua.catalogue.domain;

import org.springframework.modulith.NamedInterface;
