package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.motcua.calendar.domain.DossierClock;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.AppliedModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * Everything a dossier holds, as one immutable value in three parts: what was fixed at reception ({@link Intake}),
 * where it is on its path ({@link Progress}) and how it closed ({@link Closing}, none while open). What the
 * aggregate {@link Dossier} guards and the repository stores; the accessors below read through the parts.
 */
public record DossierData(Intake intake, Progress progress, Closing closing, long version) {

    public DossierData {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(progress, "progress");
    }

    /** Whether a service model of the kind applied to the dossier (received in the extra hour, due the same day…). */
    public boolean under(ServiceModelKind kind) {
        return intake.models().stream().anyMatch(m -> m.kind() == kind);
    }

    /** Whether the office's staff may see the dossier: it received it, decides it, or was consulted on it. */
    public boolean isRoutedTo(AgencyCode office) {
        return office.equals(office()) || office.equals(competentOffice())
                || consultations().stream().anyMatch(c -> c.isAddressedTo(office));
    }

    DossierData with(Progress next) {
        return new DossierData(intake, next, closing, version);
    }

    DossierData with(Progress next, Closing closed) {
        return new DossierData(intake, next, closed, version);
    }

    /** The same dossier as stored under {@code storedVersion}. */
    public DossierData atVersion(long storedVersion) {
        return new DossierData(intake, progress, closing, storedVersion);
    }

    public DossierCode code() {
        return intake.code();
    }

    public AgencyCode office() {
        return intake.office();
    }

    public ProcedureSnapshot procedure() {
        return intake.procedure();
    }

    public Applicant applicant() {
        return intake.applicant();
    }

    public Representative representative() {
        return intake.representative();
    }

    public Channel channel() {
        return intake.channel();
    }

    public List<ReceivedDocument> documents() {
        return intake.documents();
    }

    public Map<String, String> declaration() {
        return intake.declaration();
    }

    public String declarationFilledBy() {
        return intake.declarationFilledBy();
    }

    public LocalDateTime receivedAt() {
        return intake.receivedAt();
    }

    public String receivedBy() {
        return intake.receivedBy();
    }

    public List<AppliedModel> models() {
        return intake.models();
    }

    public AgencyCode competentOffice() {
        return progress.competentOffice();
    }

    public DossierStatus status() {
        return progress.status();
    }

    public DossierClock clock() {
        return progress.clock();
    }

    public int step() {
        return progress.step();
    }

    public LocalDateTime stepStartedAt() {
        return progress.stepStartedAt();
    }

    public Holder holder() {
        return progress.holder();
    }

    public List<Handover> controlSheet() {
        return progress.controlSheet();
    }

    public List<Consultation> consultations() {
        return progress.consultations();
    }

    public List<String> missingItems() {
        return progress.missingItems();
    }

    public String apologyReason() {
        return progress.apologyReason();
    }

    public LocalDateTime finishedAt() {
        return closing == null ? null : closing.finishedAt();
    }

    public LocalDateTime returnedAt() {
        return closing == null ? null : closing.returnedAt();
    }

    public Channel returnedThrough() {
        return closing == null ? null : closing.returnedThrough();
    }

    /** Who received the returned result, when it was recorded. */
    public ResultRecipient recipient() {
        return closing == null ? null : closing.recipient();
    }

    public String closingReason() {
        return closing == null ? null : closing.reason();
    }
}
