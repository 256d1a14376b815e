package vn.motcua.dossier;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.notification.Notification;
import vn.motcua.notification.Notifications;

/**
 * What the citizen is told, and when: on acceptance, a supplement request, the result being ready and an
 * apology with a new appointment; by e-mail and SMS where the applicant gave an address or number.
 */
@Component
class CitizenNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Notifications notifications;
    private final DossierSettings settings;

    CitizenNotices(Notifications notifications, DossierSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    /** Queues the notice of the action, if the citizen is told of it; call inside the change's transaction. */
    void after(Action action, DossierData d) {
        String text = switch (action) {
            case ACCEPT -> "Hồ sơ " + d.code() + " (" + d.procedure().name() + ") đã được tiếp nhận. Hẹn trả kết quả: "
                    + WHEN.format(d.clock().promisedAt()) + ".";
            case REQUEST_SUPPLEMENT -> "Hồ sơ " + d.code() + " cần bổ sung: " + String.join("; ", d.missingItems())
                    + ". Thời hạn giải quyết được tính lại khi hồ sơ đủ.";
            case RESULT_READY -> "Hồ sơ " + d.code() + " đã có kết quả. Mời Ông/Bà đến nhận hoặc theo dõi tại "
                    + settings.lookupUrl(d.code().value()) + ".";
            case APOLOGISE -> "Xin lỗi Ông/Bà: hồ sơ " + d.code() + " chưa thể trả đúng hẹn (" + d.apologyReason()
                    + "). Hẹn lại: " + WHEN.format(d.clock().promisedAt()) + ".";
            default -> null;
        };
        if (text == null) {
            return;
        }
        String topic = "dossier." + action.name().toLowerCase(java.util.Locale.ROOT);
        String lookup = " Tra cứu: " + settings.lookupUrl(d.code().value());
        if (d.applicant().email() != null) {
            notifications.enqueue(new Notification(Notification.Channel.EMAIL, d.applicant().email(),
                    "[MotCua] Hồ sơ " + d.code(), text + lookup, topic));
        }
        if (d.applicant().phone() != null) {
            notifications.enqueue(new Notification(Notification.Channel.SMS, d.applicant().phone(), null, text, topic));
        }
    }
}
