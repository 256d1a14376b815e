/** Service models and duty rosters as plain values and rules. */
@NamedInterface("domain")
package vn.motcua.servicemodel.domain;

import org.springframework.modulith.NamedInterface;
