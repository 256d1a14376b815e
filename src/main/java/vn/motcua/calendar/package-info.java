/**
 * Working calendars and the appointment (due-date) engine. Published API:
 * {@link vn.motcua.calendar.WorkingCalendars} and the domain types in {@code calendar.domain}
 * (the calculator and the one timeliness function).
 */
@ApplicationModule(displayName = "Calendar",
        allowedDependencies = {
        "audit", "organization", "organization :: domain", "platform"})
package vn.motcua.calendar;

import org.springframework.modulith.ApplicationModule;
