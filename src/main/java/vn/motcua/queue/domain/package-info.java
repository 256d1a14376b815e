/** The queue's domain: tickets, their priority and their way from the kiosk to a counter; waiting estimated. */
@NamedInterface("domain")
package vn.motcua.queue.domain;

import org.springframework.modulith.NamedInterface;
