package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ActionContext;
import vn.motcua.dossier.domain.Decision;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCommand;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Handover;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.TransitionRefusal;
import vn.motcua.dossier.domain.TransitionRefusedException;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.Scan;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The dossiers as staff see and move them: a dossier (only for the offices that received it or handle it),
 * work queues sorted by urgency, and every transition, saved with optimistic locking and audited.
 */
@Service
@EnableConfigurationProperties(DossierSettings.class)
public class Dossiers {

    private final DossierRepository repository;
    private final WorkingCalendars calendars;
    private final AuditTrail audit;
    private final CitizenNotices notices;
    private final OfficeDossierSettings officeSettings;
    private final Offices offices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Dossiers(DossierRepository repository, WorkingCalendars calendars, AuditTrail audit,
            CitizenNotices notices, OfficeDossierSettings officeSettings, Offices offices, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.offices = offices;
        this.notices = notices;
        this.officeSettings = officeSettings;
        this.repository = repository;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    /** The dossier, if it was routed to the member's office: received, decided or consulted there. */
    public DossierData find(DossierCode code, OfficeMember member) {
        DossierData d = repository.find(code).orElseThrow(() -> new NotFoundException("No dossier " + code));
        if (!d.isRoutedTo(AgencyCode.of(member.officeCode()))) {
            throw new NotFoundException("No dossier " + code + " at " + member.officeCode());
        }
        return d;
    }

    /**
     * The dossier shown to a member: its personal data is about to be seen, so the look is audited (rules.md
     * §7: every access to a dossier's personal data is logged).
     */
    public DossierData view(DossierCode code, OfficeMember member) {
        DossierData d = find(code, member);
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "dossier.viewed",
                "dossier:" + code, null));
        return d;
    }

    /** The dossier's scans: id, file name, type and size. */
    public List<String[]> scans(DossierCode code, OfficeMember member) {
        find(code, member);
        return repository.scans(code);
    }

    /** One scan, for the staff of the dossier's offices; each opening is audited. */
    public Scan scan(DossierCode code, java.util.UUID id, OfficeMember member) {
        find(code, member);
        var scan = repository.scan(code, id).orElseThrow(() -> new NotFoundException("No scan " + id));
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "dossier.scanOpened",
                "dossier:" + code, scan.fileName()));
        return scan;
    }

    public List<Transition> history(DossierCode code, OfficeMember member) {
        find(code, member);
        return repository.transitions(code);
    }

    /** An agency a dossier may be routed to or consult: a registered agency, by its code; none when blank. */
    public AgencyCode registeredAgency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var agency = AgencyCode.of(code);
        if (offices.find(agency).isEmpty()) {
            throw new InvalidValueException("agency.unknown", "No agency " + agency);
        }
        return agency;
    }

    /** The agencies a member's office may consult in MotCua: every registered agency but itself, by code. */
    public List<Agency> consultable(OfficeMember member) {
        return offices.all().stream().filter(a -> !a.code().value().equals(member.officeCode())).toList();
    }

    /** The name of a registered agency (its code when unknown). */
    public String nameOf(AgencyCode agency) {
        return offices.find(agency).map(Agency::name).orElse(agency.value());
    }

    /** The tracking book (form 07) of the member's office: dossiers of the field received in the period. */
    public List<DossierData> book(OfficeMember member, String field, java.time.LocalDate from, java.time.LocalDate to) {
        return repository.received(AgencyCode.of(member.officeCode()),
                field == null || field.isBlank() ? null : field, from, to);
    }

    /**
     * Applies the command to the dossier the member saw at {@code seenVersion} (any version when null) and saves it;
     * a refusal is thrown with its reason, a stale screen with {@link TransitionRefusal#STALE}.
     */
    @Transactional
    public DossierData apply(DossierCode code, Long seenVersion, OfficeMember member, DossierCommand command) {
        DossierData before = find(code, member);
        if (seenVersion != null && seenVersion != before.version()) {
            throw stale(code);
        }
        Dossier dossier = Dossier.restore(before);
        if (dossier.apply(command, context(member, before)) instanceof Decision.Refused refused) {
            throw new TransitionRefusedException(refused.reason(), refused.detail());
        }
        if (!repository.update(dossier.data())) {
            throw stale(code);
        }
        for (Transition t : dossier.transitions()) {
            repository.record(code, t);
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(),
                    "dossier." + t.action().name().toLowerCase(java.util.Locale.ROOT), "dossier:" + code,
                    t.from() + " → " + t.to() + (t.note() == null ? "" : "; " + t.note())));
            notices.after(t.action(), dossier.data());
            if (t.to() == DossierStatus.REFUSED || t.to() == DossierStatus.STOPPED) {
                events.publishEvent(new DossierEnded(code.value(), t.to(), clock.instant(), member.getUsername(),
                        member.officeCode()));
            }
        }
        return dossier.data().atVersion(before.version() + 1);
    }

    /** The actions the member may take on the dossier now, by the rules that decide them. */
    public java.util.Set<Action> allowedActions(DossierData dossier, OfficeMember member) {
        return Dossier.restore(dossier).allowedActions(context(member, dossier));
    }

    /**
     * For each action the member may take now that hands the dossier on, the row it would add to the control sheet: the
     * stage it closes and where the dossier goes. Found by taking the action on a copy, so the page says exactly what
     * the button will do.
     */
    public java.util.Map<Action, Handover> handOvers(DossierData dossier, OfficeMember member) {
        var context = context(member, dossier);
        var rows = new java.util.EnumMap<Action, Handover>(Action.class);
        for (Action action : allowedActions(dossier, member)) {
            handOverCommand(action).ifPresent(command -> {
                Dossier copy = Dossier.restore(dossier);
                if (copy.apply(command, context) instanceof Decision.Made
                        && copy.data().controlSheet().size() > dossier.controlSheet().size()) {
                    rows.put(action, copy.data().controlSheet().getLast());
                }
            });
        }
        return rows;
    }

    private static java.util.Optional<DossierCommand> handOverCommand(Action action) {
        return java.util.Optional.ofNullable(switch (action) {
            case TRANSFER -> new DossierCommand.Transfer(null, null);
            case HAND_OVER -> new DossierCommand.HandOver(null);
            case SUBMIT_FOR_APPROVAL -> new DossierCommand.SubmitForApproval();
            case APPROVE -> new DossierCommand.Approve();
            case RESULT_READY -> new DossierCommand.ResultReady();
            case RETURN -> new DossierCommand.Return(Channel.COUNTER);
            default -> null;
        });
    }

    /** The open consultations of the dossier the member may answer. */
    public List<Consultation> answerableConsultations(DossierData dossier, OfficeMember member) {
        return Dossier.restore(dossier).answerableConsultations(Officers.of(member));
    }

    private ActionContext context(OfficeMember member, DossierData dossier) {
        Officer officer = Officers.of(member);
        return new ActionContext(officer, now(), calendar(officer), officeSettings.rules(dossier.office()));
    }

    private TransitionRefusedException stale(DossierCode code) {
        return new TransitionRefusedException(TransitionRefusal.STALE,
                "Dossier " + code + " was changed by someone else; reload it and try again");
    }

    private OfficeCalendar calendar(Officer officer) {
        return calendars.of(officer.office())
                .orElseThrow(() -> new IllegalStateException("No calendar for " + officer.office()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
