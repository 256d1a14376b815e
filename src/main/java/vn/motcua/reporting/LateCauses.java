package vn.motcua.reporting;

import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.ControlSheetWording;
import vn.motcua.dossier.DossierSummary;

/**
 * Words why a late dossier was late (messages {@code lateCause.*}), in Vietnamese as the reports and their exports
 * keep it: the consultation that overran, else the step, else the result itself.
 */
@Component
class LateCauses implements Function<DossierSummary.Overrun, String> {

    private final MessageSource messages;
    private final ControlSheetWording sheet;

    LateCauses(MessageSource messages, ControlSheetWording sheet) {
        this.messages = messages;
        this.sheet = sheet;
    }

    @Override
    public String apply(DossierSummary.Overrun overrun) {
        Object[] arguments = switch (overrun.kind()) {
            case CONSULTATION -> new Object[] {overrun.agency(), overrun.dueAt().toLocalDate().toString()};
            case STEP -> new Object[] {sheet.stage(overrun.stage(), ControlSheetWording.VIETNAMESE), overrun.officer()};
            case RESULT -> new Object[0];
        };
        return messages.getMessage("lateCause." + overrun.kind().name(), arguments, ControlSheetWording.VIETNAMESE);
    }
}
