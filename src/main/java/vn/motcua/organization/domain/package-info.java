/** Plain-Java domain of agencies. Exposed to other modules as the named interface "domain". */
@NamedInterface("domain")
package vn.motcua.organization.domain;

import org.springframework.modulith.NamedInterface;
