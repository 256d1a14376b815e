/**
 * Plain-Java working calendars and the appointment (due-date) engine: sessions, days off, make-up
 * days, the day-count conventions, clock operations and the one timeliness function.
 */
@NamedInterface("domain")
package vn.motcua.calendar.domain;

import org.springframework.modulith.NamedInterface;
