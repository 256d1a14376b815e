package vn.motcua.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.motcua.notification.persistence.Outbox;

/** {@code motcua_outbox_backlog} on {@code /actuator/prometheus}: notifications queued and not sent yet. */
@Component
class OutboxMetrics implements MeterBinder {

    private final Outbox outbox;

    OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.outbox.backlog", outbox, Outbox::backlog)
                .description("Notifications (e-mail, SMS) queued and not sent yet").register(registry);
    }
}
