package vn.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The SMS adapter until an office contracts an SMS gateway: it logs the message (with the number masked)
 * instead of sending it. A gateway is another {@link Sender} bean for {@link Notification.Channel#SMS}.
 */
@Component
@ConditionalOnMissingBean(name = "smsGateway")
class LoggingSmsSender implements Sender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.SMS;
    }

    @Override
    public void send(Notification n) {
        String number = n.recipient();
        String masked = number.length() <= 3 ? "***" : "*".repeat(number.length() - 3) + number.substring(number.length() - 3);
        log.info("SMS to {} [{}]: {}", masked, n.topic(), n.body());
    }
}
