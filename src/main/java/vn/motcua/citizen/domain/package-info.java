/** The citizen's identity as the identity provider asserts it, and the account made from it. */
@NamedInterface("domain")
package vn.motcua.citizen.domain;

import org.springframework.modulith.NamedInterface;
