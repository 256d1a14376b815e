package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Appointment;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.dossier.domain.ProcedureSnapshot;
import vn.motcua.dossier.domain.Reception;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ReceptionModels;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Scan;

/**
 * The counter: accepts a complete dossier (form 01), issuing its code and appointment in one transaction,
 * once per idempotency key.
 */
@Service
public class ReceptionDesk {

    /**
     * What an acceptance returned; {@code replayed} when an earlier request with the same key made it;
     * {@code slipPrinted} false when a no-appointment day spares the appointment slip.
     */
    public record Accepted(DossierData dossier, boolean replayed, boolean slipPrinted) {
    }

    private final DossierRepository dossiers;
    private final Catalogue catalogue;
    private final WorkingCalendars calendars;
    private final AuditTrail audit;
    private final CitizenNotices notices;
    private final OfficeDossierSettings officeSettings;
    private final ServiceModels serviceModels;
    private final org.springframework.transaction.support.TransactionTemplate writing;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** {@code motcua_dossiers_accepted_total} on {@code /actuator/prometheus}. */
    private final Counter accepted;

    ReceptionDesk(DossierRepository dossiers, Catalogue catalogue, WorkingCalendars calendars,
            AuditTrail audit, CitizenNotices notices, OfficeDossierSettings officeSettings, ServiceModels serviceModels,
            org.springframework.transaction.PlatformTransactionManager transactions, Clock clock,
            MeterRegistry meters, ApplicationEventPublisher events) {
        this.events = events;
        this.accepted = Counter.builder("motcua.dossiers.accepted")
                .description("Dossiers accepted by this instance (committed; replays of an Idempotency-Key not counted)")
                .register(meters);
        this.serviceModels = serviceModels;
        this.notices = notices;
        this.officeSettings = officeSettings;
        this.writing = new org.springframework.transaction.support.TransactionTemplate(transactions);

        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accepts the dossier unless this member already sent a request with the same key: then the dossier of that
     * request is returned (and a different request under the same key is refused).
     *
     * <p>Three steps: everything that can refuse the dossier is checked first, without a transaction; then the
     * dossier's number is taken in its own one-statement transaction, so concurrent acceptances at one office
     * wait on the office's row only for that instant; then the dossier is written in one transaction: one
     * statement binds the idempotency key and inserts the dossier with its transitions, then come the scans,
     * the audit entry and the notices. A number whose write then fails, or whose request turns out to repeat
     * an earlier key, is skipped: numbers are unique and never reused, but may have gaps.
     */
    public Accepted accept(AcceptRequest request, OfficeMember member, String idempotencyKey, String requestText) {
        Prepared prepared = prepare(request, member, LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE)));
        long number = dossiers.nextNumber(request.office(), prepared.day());
        DossierCode code = officeSettings.pattern(request.office()).format(request.office(), prepared.day(), number);
        var claim = idempotencyKey == null ? null : new DossierRepository.Claim(member.getUsername(), idempotencyKey, requestText);
        DossierData written = writing.execute(status -> write(prepared, code, member, claim));
        if (written != null) {
            accepted.increment();
            return new Accepted(written, false, prepared.models().slipPrinted());
        }
        // The key was taken by an earlier request (a concurrent one waited for it on the key's row): nothing was
        // written and the earlier dossier is the answer.
        return replayOf(dossiers.earlier(member.getUsername(), idempotencyKey).orElseThrow(), requestText);
    }

    /**
     * The code of a dossier submitted online, issued at its submission (before the desk checks it) from the office's
     * numbers of the day it counts as received: the same numbers the counter takes, never twice.
     */
    public DossierCode reserveCode(AgencyCode office, LocalDate receivedOn) {
        return officeSettings.pattern(office).format(office, receivedOn, dossiers.nextNumber(office, receivedOn));
    }

    /**
     * Accepts a dossier submitted online under the code issued at its submission, as received at {@code receivedAt}
     * (the start of the working session after it was sent): the appointment counts from then, not from the check.
     * Joins the caller's transaction, so the submission and the dossier change together.
     */
    public Accepted acceptSubmitted(AcceptRequest request, OfficeMember member, DossierCode code, LocalDateTime receivedAt) {
        Prepared prepared = prepare(request, member, receivedAt);
        DossierData written = writing.execute(status -> write(prepared, code, member, null));
        if (written == null) {
            throw new InvalidValueException("dossier.exists", "Dossier " + code + " was accepted already");
        }
        accepted.increment();
        return new Accepted(written, false, prepared.models().slipPrinted());
    }

    private Accepted replayOf(String[] earlier, String requestText) {
        if (!earlier[0].equals(requestText)) {
            throw new InvalidValueException("idempotencyKey.reused", "This Idempotency-Key was used for another request");
        }
        return new Accepted(dossiers.find(DossierCode.of(earlier[1])).orElseThrow(), true, true);
    }

    private record Prepared(Reception reception, ProcedureVersion version, Appointment appointment, java.time.LocalDate day,
            java.util.List<Scan> scans, ReceptionModels models) {
    }

    private Prepared prepare(AcceptRequest request, OfficeMember member, LocalDateTime now) {
        Officer officer = Officers.of(member);
        if (!officer.has(Duty.RECEPTION) || !officer.office().equals(request.office())) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not receive dossiers at " + request.office());
        }
        ProcedureVersion version = catalogue.versionOn(request.procedure(), now.toLocalDate())
                .orElseThrow(() -> new InvalidValueException("procedure.unknown", "No procedure " + request.procedure()));
        if (!version.boundaryFree() && catalogue.offering(request.office(), request.procedure()).isEmpty()) {
            throw new InvalidValueException("procedure.notOffered", request.office() + " does not receive " + request.procedure());
        }
        var declaration = checkDeclaration(version, request.declaration());
        // The office's service models in force: a no-appointment day makes a covered dossier due the same day.
        ReceptionModels models = serviceModels.atReception(request.office(), now, version.code().value(), version.field(),
                request.assistedFilling());
        var time = models.sameDay() ? ProcessingTime.sameDay(null) : version.legalTime();
        Appointment appointment = calendars.appointment(request.office(), now, time)
                .orElseThrow(() -> new InvalidValueException("office.unknown", "No calendar for " + request.office()));
        var reception = new Reception(request.office(), null, ProcedureSnapshot.of(version), request.applicant(),
                request.representative(), request.channel(), request.documents(), declaration,
                request.assistedFilling() ? member.getUsername() : null, officer);
        return new Prepared(reception, version, appointment, now.toLocalDate(), request.scans(), models);
    }

    /**
     * Every value given must belong to a field of the procedure's form and pass that field's checks; the values are
     * returned as the dossier keeps them (dates in ISO form however they were typed).
     */
    private static java.util.Map<String, String> checkDeclaration(ProcedureVersion version, java.util.Map<String, String> declaration) {
        if (declaration == null) {
            return null;
        }
        var kept = new java.util.LinkedHashMap<String, String>();
        for (var entry : declaration.entrySet()) {
            var field = version.form().stream().filter(f -> f.key().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("declaration.unknownField",
                            "The declaration of " + version.code() + " has no field " + entry.getKey()));
            field.problemWith(entry.getValue()).ifPresent(problem -> {
                throw new InvalidValueException("declaration." + problem, "declaration." + entry.getKey() + ": " + problem);
            });
            kept.put(entry.getKey(), field.normalised(entry.getValue()));
        }
        return kept;
    }

    /** Writes the dossier, or nothing (and returns null) when the claim's key is already bound. */
    private DossierData write(Prepared p, DossierCode code, OfficeMember member, DossierRepository.Claim claim) {
        var office = p.reception().office();
        Dossier dossier = Dossier.accept(p.reception(), code, p.appointment(), p.models().applied());
        if (!dossiers.insert(dossier.data(), dossier.transitions(), claim)) {
            return null;
        }
        p.scans().forEach(scan -> dossiers.attach(code, scan));
        var applicant = p.reception().applicant();
        // Papers sent online are in the citizen's store already; counter scans are copied there.
        if (!p.scans().isEmpty() && applicant.idNumber() != null && p.reception().channel() != Channel.ONLINE) {
            events.publishEvent(new CounterScansReceived(code.value(), applicant.idNumber().value(), p.scans(),
                    clock.instant()));
        }
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), office.value(), "dossier.accepted",
                "dossier:" + code, p.version().code() + " due " + p.appointment().dueAt()
                        + (p.reception().assistedBy() != null ? "; declaration filled by the officer" : "")
                        + (p.models().applied().isEmpty() ? "" : "; models " + p.models().applied().stream()
                                .map(m -> m.kind().name()).toList())));
        events.publishEvent(new DossierAccepted(code.value(), office.value(), p.version().code().value(),
                p.version().effectiveFrom(), applicant.name(), applicant.idNumber() == null ? null : applicant.idNumber().value(),
                p.reception().channel().name(), clock.instant(), member.getUsername()));
        notices.after(Action.ACCEPT, dossier.data());
        return dossier.data();
    }
}
