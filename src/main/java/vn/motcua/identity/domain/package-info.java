/** Plain-Java domain of staff accounts: roles, user names, the lockout rule. */
@NamedInterface("domain")
package vn.motcua.identity.domain;

import org.springframework.modulith.NamedInterface;
