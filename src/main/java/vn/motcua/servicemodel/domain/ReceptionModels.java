package vn.motcua.servicemodel.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of an office's models apply to a dossier received at an instant, and what they change: a
 * no-appointment day makes it due the same day, and may spare the slip.
 *
 * @param sameDay a no-appointment day covers the dossier: it is due the same day
 * @param slipPrinted whether an appointment slip is printed (always, unless a no-appointment day says not)
 */
public record ReceptionModels(List<AppliedModel> applied, boolean sameDay, boolean slipPrinted) {

    public static final ReceptionModels NONE = new ReceptionModels(List.of(), false, true);

    public ReceptionModels {
        applied = List.copyOf(applied);
    }

    /**
     * The models among {@code models} that apply to a dossier of the procedure received at the instant;
     * {@code assisted} when the officer filled the declaration.
     */
    public static ReceptionModels at(List<ServiceModel> models, LocalDateTime receivedAt, String procedureCode,
            String field, boolean assisted) {
        var applied = new ArrayList<AppliedModel>();
        boolean sameDay = false;
        boolean slip = true;
        for (ServiceModel m : models) {
            if (!m.inForceOn(receivedAt.toLocalDate())) {
                continue;
            }
            boolean applies = switch (m.kind()) {
                case EXTENDED_SESSION, EARLY_OPENING, SATURDAY_RECEPTION -> m.addedSessionContains(receivedAt);
                case NO_APPOINTMENT_DAY -> m.covers(procedureCode, field);
                case ASSISTED_FILLING -> assisted;
                case QR_SURVEY -> true;
            };
            if (applies) {
                applied.add(AppliedModel.of(m));
                if (m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY) {
                    sameDay = true;
                    slip = slip && m.slipPrinted();
                }
            }
        }
        return new ReceptionModels(applied, sameDay, slip);
    }

    public boolean has(ServiceModelKind kind) {
        return applied.stream().anyMatch(a -> a.kind() == kind);
    }
}
