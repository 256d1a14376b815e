package vn.motcua.notification;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.*}); without an SMTP server configured, messages are logged and
 * counted as sent, so a demo never piles up a queue.
 */
@Component
class EmailSender implements Sender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailSender(ObjectProvider<JavaMailSender> mail, @Value("${motcua.notification.from:motcua@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.EMAIL;
    }

    @Override
    public void send(Notification n) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("E-mail (no SMTP configured) to {} [{}]: {}", n.recipient(), n.topic(), n.subject());
            return;
        }
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(n.recipient());
        helper.setSubject(n.subject() == null ? "MotCua" : n.subject());
        helper.setText(n.body(), false);
        sender.send(message);
    }
}
