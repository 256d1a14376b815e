package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.motcua.support.DatabaseTest;

/**
 * The outbox: a message queued in a transaction that rolls back is never sent; a committed one is sent by
 * the relay and marked; e-mail goes out over SMTP (a GreenMail server here) with Vietnamese text intact.
 */
@DatabaseTest
class NotificationIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private long count(String recipient) {
        return jdbc.sql("select count(*) from outbox_message where recipient = ?").param(recipient).query(Long.class).single();
    }

    @Test
    void a_message_of_a_rolled_back_change_is_never_queued() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            notifications.enqueue(new Notification(Notification.Channel.SMS, "0900000001", null, "Không được gửi", "test"));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("0900000001")).isZero();
    }

    @Test
    void a_message_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> notifications.enqueue(new Notification(Notification.Channel.SMS, "0900000002", null, "x", "t")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void a_committed_message_is_sent_once_by_the_relay() {
        String phone = "09" + vn.motcua.support.RunUnique.digits(8);   // a recipient no earlier run on this database used
        transaction.executeWithoutResult(status ->
                notifications.enqueue(new Notification(Notification.Channel.SMS, phone, null, "Hồ sơ đã có kết quả", "test")));
        relay.relayBatch();
        relay.relayBatch();
        assertThat(jdbc.sql("select attempts from outbox_message where recipient = ? and sent_at is not null").param(phone)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void an_email_goes_out_over_smtp_with_vietnamese_text() throws Exception {
        var mail = new JavaMailSenderImpl();
        mail.setHost("localhost");
        mail.setPort(smtp.getSmtp().getPort());
        var provider = new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class);
        new EmailSender(provider, "motcua@test.vn").send(new Notification(Notification.Channel.EMAIL, "cong.dan@test.vn",
                "[MotCua] Hồ sơ H99.01-261123-0001", "Hồ sơ đã được tiếp nhận. Hẹn trả kết quả: 17:00 ngày 26/11/2026.", "t"));
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[MotCua] Hồ sơ H99.01-261123-0001");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString()).contains("Hẹn trả kết quả");
    }
}
