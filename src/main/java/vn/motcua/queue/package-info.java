/**
 * The desk's queue (issue 22): tickets taken at a kiosk bound to its office by a device token, numbered per office and
 * day, with priority within a field; counters calling the next ticket (never the same one twice, on any instance),
 * recalling, marking no-shows, sending to another counter, serving and linking the dossier received. Published API:
 * {@link vn.motcua.queue.QueueTickets}, {@link vn.motcua.queue.CounterCalls}, {@link vn.motcua.queue.KioskDevices}.
 */
@ApplicationModule(displayName = "Queue",
        allowedDependencies = {"audit", "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "documents", "dossier",
                "notification", "organization", "organization :: domain", "servicemodel", "servicemodel :: domain",
                "platform"})
package vn.motcua.queue;

import org.springframework.modulith.ApplicationModule;
