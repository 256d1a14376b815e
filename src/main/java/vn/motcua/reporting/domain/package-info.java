/** Counters and rates of the reports, as plain values. */
@NamedInterface("domain")
package vn.motcua.reporting.domain;

import org.springframework.modulith.NamedInterface;
