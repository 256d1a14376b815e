/**
 * Notifications to citizens through a transactional outbox: a message is written in the same transaction
 * as the change it reports (so it is never lost and never sent for a change that rolled back), and a relay
 * sends it by e-mail (SMTP) or SMS, retrying with back-off. Published API: {@link vn.motcua.notification.Notifications}.
 */
@ApplicationModule(displayName = "Notification",
        allowedDependencies = {})
package vn.motcua.notification;

import org.springframework.modulith.ApplicationModule;
