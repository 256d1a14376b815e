package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.domain.DossierClock;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.AppliedModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * Everything a dossier holds, as one immutable value: what the aggregate {@link Dossier} guards and what the
 * repository stores. {@code step} is the index of the current internal step ({@code -1} before transfer);
 * {@code models} are the office's service models that applied to it at reception.
 */
public record DossierData(DossierCode code, AgencyCode office, AgencyCode competentOffice, ProcedureSnapshot procedure,
        Applicant applicant, Representative representative, Channel channel, List<ReceivedDocument> documents,
        Map<String, String> declaration, String declarationFilledBy, LocalDateTime receivedAt, String receivedBy,
        DossierStatus status, DossierClock clock, int step, LocalDateTime stepStartedAt, String holder,
        List<Handover> controlSheet, List<Consultation> consultations, List<String> missingItems,
        LocalDateTime finishedAt, LocalDateTime returnedAt, Channel returnedThrough, String closingReason,
        String apologyReason, List<AppliedModel> models, long version) {

    public DossierData {
        documents = documents == null ? List.of() : List.copyOf(documents);
        declaration = declaration == null ? Map.of() : Map.copyOf(declaration);
        controlSheet = controlSheet == null ? List.of() : List.copyOf(controlSheet);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** Whether a service model of the kind applied to the dossier (received in the extra hour, due the same day…). */
    public boolean under(ServiceModelKind kind) {
        return models.stream().anyMatch(m -> m.kind() == kind);
    }

    /**
     * Whether the office's staff may see the dossier: it received it, decides it, or was consulted on it.
     */
    public boolean isRoutedTo(AgencyCode office) {
        return office.equals(this.office) || office.equals(competentOffice)
                || consultations.stream().anyMatch(c -> c.isAddressedTo(office));
    }

    /** A copy with some parts changed: {@code d.with(b -> b.status = RECEIVED)}. */
    public DossierData with(java.util.function.Consumer<Builder> change) {
        var b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** The parts of a dossier as fields, for {@link #with}. */
    public static final class Builder {
        public AgencyCode competentOffice;
        public DossierStatus status;
        public DossierClock clock;
        public int step;
        public LocalDateTime stepStartedAt;
        public String holder;
        public List<Handover> controlSheet;
        public List<Consultation> consultations;
        public List<String> missingItems;
        public LocalDateTime finishedAt;
        public LocalDateTime returnedAt;
        public Channel returnedThrough;
        public String closingReason;
        public String apologyReason;
        public long version;
        private final DossierData d;

        private Builder(DossierData d) {
            this.d = d;
            competentOffice = d.competentOffice;
            status = d.status;
            clock = d.clock;
            step = d.step;
            stepStartedAt = d.stepStartedAt;
            holder = d.holder;
            controlSheet = d.controlSheet;
            consultations = d.consultations;
            missingItems = d.missingItems;
            finishedAt = d.finishedAt;
            returnedAt = d.returnedAt;
            returnedThrough = d.returnedThrough;
            closingReason = d.closingReason;
            apologyReason = d.apologyReason;
            version = d.version;
        }

        private DossierData build() {
            return new DossierData(d.code, d.office, competentOffice, d.procedure, d.applicant, d.representative, d.channel,
                    d.documents, d.declaration, d.declarationFilledBy, d.receivedAt, d.receivedBy, status, clock, step,
                    stepStartedAt, holder, controlSheet, consultations, missingItems, finishedAt, returnedAt,
                    returnedThrough, closingReason, apologyReason, d.models, version);
        }
    }
}
