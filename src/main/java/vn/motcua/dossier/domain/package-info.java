/** Plain-Java domain of dossiers: codes, applicants, the dossier aggregate and its state machine. */
@NamedInterface("domain")
package vn.motcua.dossier.domain;

import org.springframework.modulith.NamedInterface;
