package vn.motcua.portal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.database.SharedRates;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.persistence.FeedbackRows;

/**
 * Feedback and recommendations from the public: received with a code the sender follows it by, due within
 * {@code handling-days} working days of the office's calendar, answered by the office's leaders or specialists;
 * the share answered on time feeds the office's scores.
 */
@Service
public class Feedbacks {

    /** Answered on time, answered late, and still open past the deadline, in a period. */
    public record Handling(long onTime, long late, long overdue) {
        public Optional<java.math.BigDecimal> onTimeRate() {
            long all = onTime + late + overdue;
            return all == 0 ? Optional.empty() : Optional.of(java.math.BigDecimal.valueOf(onTime * 100L)
                    .divide(java.math.BigDecimal.valueOf(all), 2, java.math.RoundingMode.HALF_UP));
        }
    }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final FeedbackRows rows;
    private final WorkingCalendars calendars;
    private final AuditTrail audit;
    private final Clock clock;
    private final int handlingDays;
    private final SharedRates.Limiter perAddress;
    private final SecureRandom random = new SecureRandom();

    Feedbacks(FeedbackRows rows, WorkingCalendars calendars, AuditTrail audit, Clock clock,
            @Value("${motcua.feedback.handling-days:10}") int handlingDays,
            @Value("${motcua.feedback.per-address-per-hour:5}") int perHour, SharedRates rates) {
        this.rows = rows;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
        this.handlingDays = handlingDays;
        this.perAddress = rates.limiter("feedback", perHour, Duration.ofHours(1));
    }

    /** Records the feedback and returns its code; empty when the address sent too many this hour. */
    @Transactional
    public Optional<String> submit(AgencyCode office, Feedback.Kind kind, String subject, String content, String dossierCode,
            Feedback.Contact contact, String addressHash) {
        LocalDateTime now = now();
        var due = calendars.appointment(office, now, ProcessingTime.workingDays(handlingDays))
                .orElseThrow(() -> new InvalidValueException("feedback.office", "No office " + office)).dueAt();
        var feedback = new Feedback(null, null, office.value(), kind, subject, content, dossierCode, contact, now, due, null,
                null, null, false, 0);
        if (!perAddress.tryAcquire(addressHash)) {
            return Optional.empty();
        }
        for (int attempt = 0; ; attempt++) {
            String code = newCode();
            try {
                rows.insert(feedback, code, addressHash);
                return Optional.of(code);
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The feedback a sender follows by its code. */
    public Optional<Feedback> find(String code) {
        if (code == null || !code.strip().toUpperCase(java.util.Locale.ROOT).matches("PA-[A-Z0-9]{8}")) {
            return Optional.empty();
        }
        return rows.byCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The office's feedback, open first by deadline, then the latest answered. */
    public List<Feedback> of(OfficeMember member, int limit) {
        return rows.ofOffice(member.officeCode(), limit);
    }

    public Feedback get(long id, OfficeMember member) {
        return rows.find(id, member.officeCode()).orElseThrow(() -> new NotFoundException("No feedback " + id));
    }

    /** A leader, specialist or administrator of the office answers, once; a stale screen is refused. */
    @Transactional
    public void answer(long id, long seenVersion, String text, boolean justified, OfficeMember member) {
        if (!(member.isAdmin() || member.holds("LEADER") || member.holds("SPECIALIST"))) {
            throw new AccessDeniedException(member.getUsername() + " does not answer feedback");
        }
        Feedback answered = get(id, member).answered(text, now(), member.getUsername(), justified);
        if (!rows.answer(answered, seenVersion)) {
            throw new InvalidValueException("feedback.stale", "Someone answered or changed this feedback meanwhile");
        }
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "feedback.answered",
                "feedback:" + answered.code(), justified ? "justified" : "answered"));
    }

    /** How the office handled feedback received in the period. */
    public Handling handling(AgencyCode office, java.time.LocalDate from, java.time.LocalDate to) {
        long[] counts = rows.handling(office.value(), from, to, now());
        return new Handling(counts[0], counts[1], counts[2]);
    }

    /** The dossiers of the office about which a complaint was found justified. */
    public java.util.Set<String> justifiedComplaints(AgencyCode office) {
        return rows.justifiedComplaints(office.value());
    }

    private String newCode() {
        var code = new StringBuilder("PA-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
