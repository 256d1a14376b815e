/** The what-if simulator as plain Java: the history replayed, the change, the desk's counters and the units' event loop. */
@NamedInterface("domain")
package vn.motcua.planning.domain;

import org.springframework.modulith.NamedInterface;
