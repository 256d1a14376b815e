/** Feedback and its handling, as plain values. */
@NamedInterface("domain")
package vn.motcua.portal.domain;

import org.springframework.modulith.NamedInterface;
