package vn.motcua.citizen;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.notification.Notification;
import vn.motcua.notification.Notifications;

/**
 * What the citizen is told about an online dossier before it is accepted, in Vietnamese, by e-mail and SMS to the
 * contact they gave: that it was sent (its code and when it counts as received), that the desk asks for a supplement,
 * or that it refused it. Acceptance is told by the dossier's own notice, as at the counter.
 */
@Component
class SubmissionNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;

    SubmissionNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Queues the notice inside the change's transaction. */
    void submitted(OnlineSubmission s) {
        var when = DateTimeFormatter.ofPattern(say("notice.dateTime"));
        tell(s, say(s.round() == 1 ? "online.notice.submitted" : "online.notice.supplemented", s.dossierCode(),
                s.procedureName(), when.format(s.receivedAt())), "online.submitted");
    }

    void supplementRequested(OnlineSubmission s) {
        tell(s, say("online.notice.supplement", s.dossierCode(), String.join("; ", s.answer())), "online.supplement");
    }

    void refused(OnlineSubmission s) {
        tell(s, say("online.notice.refused", s.dossierCode(), String.join("; ", s.answer())), "online.refused");
    }

    private void tell(OnlineSubmission s, String text, String topic) {
        String subject = say("notice.subject", s.dossierCode());
        if (s.contact().email() != null) {
            notifications.enqueue(new Notification(Notification.Channel.EMAIL, s.contact().email(), subject, text, topic));
        }
        if (s.contact().phone() != null) {
            notifications.enqueue(new Notification(Notification.Channel.SMS, s.contact().phone(), null, text, topic));
        }
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
