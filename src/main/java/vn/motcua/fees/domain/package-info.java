/** The fees' domain: what a dossier owes and why, its payment and refund, receipt numbers and amounts in words. */
@NamedInterface("domain")
package vn.motcua.fees.domain;

import org.springframework.modulith.NamedInterface;
