package vn.motcua.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox relay on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
