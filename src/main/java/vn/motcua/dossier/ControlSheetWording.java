package vn.motcua.dossier;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.domain.Holder;
import vn.motcua.dossier.domain.Stage;
import vn.motcua.platform.security.OfficerNames;

/**
 * The words of the control sheet (form 06): a stage and a holder as the reader's language says them (messages
 * {@code stage.*} and {@code holder.*}), a procedure step by its catalogue title, an officer by full name, a unit by its name.
 * Papers and the API speak Vietnamese ({@link #VIETNAMESE}); pages speak the reader's language. Templates reach it
 * as {@code @controlSheetWording}.
 */
@Component
public class ControlSheetWording {

    /** The language of legal papers and of the API. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final OfficerNames officers;

    ControlSheetWording(MessageSource messages, OfficerNames officers) {
        this.messages = messages;
        this.officers = officers;
    }

    public String stage(Stage stage) {
        return stage(stage, LocaleContextHolder.getLocale());
    }

    public String stage(Stage stage, Locale locale) {
        return stage.kind() == Stage.Kind.STEP ? stage.title()
                : messages.getMessage("stage." + stage.kind().name(), null, locale);
    }

    /** The reception itself, as the public lookup lists it before the control sheet's rows. */
    public String reception() {
        return messages.getMessage("stage.RECEPTION", null, LocaleContextHolder.getLocale());
    }

    public String holder(Holder holder) {
        return holder(holder, LocaleContextHolder.getLocale());
    }

    public String holder(Holder holder, Locale locale) {
        return holder.name() == null ? messages.getMessage("holder." + holder.kind().name(), null, locale)
                : holder.kind() == Holder.Kind.OFFICER ? officers.fullName(holder.name()) : holder.name();
    }
}
