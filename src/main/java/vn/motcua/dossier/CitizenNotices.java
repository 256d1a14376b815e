package vn.motcua.dossier;

import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
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

    private final Notifications notifications;
    private final DossierSettings settings;
    private final MessageSource messages;

    CitizenNotices(Notifications notifications, DossierSettings settings, MessageSource messages) {
        this.notifications = notifications;
        this.settings = settings;
        this.messages = messages;
    }

    /** The notice in Vietnamese, the citizen's language (messages {@code notice.*}). */
    private String say(String key, Object... arguments) {
        return messages.getMessage("notice." + key, arguments, ControlSheetWording.VIETNAMESE);
    }

    /** Queues the notice of the action, if the citizen is told of it; call inside the change's transaction. */
    void after(Action action, DossierData d) {
        var when = DateTimeFormatter.ofPattern(say("dateTime"));
        String code = d.code().value();
        String text = switch (action) {
            case ACCEPT -> say("ACCEPT", code, d.procedure().name(), when.format(d.clock().promisedAt()));
            case REQUEST_SUPPLEMENT -> say("REQUEST_SUPPLEMENT", code, String.join("; ", d.missingItems()));
            case RESULT_READY -> say("RESULT_READY", code, settings.lookupUrl(code));
            case APOLOGISE -> say("APOLOGISE", code, d.apologyReason(), when.format(d.clock().promisedAt()));
            default -> null;
        };
        if (text == null) {
            return;
        }
        String topic = "dossier." + action.name().toLowerCase(java.util.Locale.ROOT);
        String lookup = " " + say("lookup", settings.lookupUrl(code));
        if (d.applicant().email() != null) {
            notifications.enqueue(new Notification(Notification.Channel.EMAIL, d.applicant().email(),
                    say("subject", code), text + lookup, topic));
        }
        if (d.applicant().phone() != null) {
            notifications.enqueue(new Notification(Notification.Channel.SMS, d.applicant().phone(), null, text, topic));
        }
    }
}
