package vn.motcua.dossier;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.domain.DossierCodePattern;
import vn.motcua.dossier.domain.DossierRules;
import vn.motcua.dossier.persistence.OfficeSettingRows;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.database.SharedCaches;
import vn.motcua.platform.domain.Remembered;

/**
 * An office's own dossier code pattern and supplement window, over the application's defaults; set by the
 * office's administrator, audited.
 */
@Service
public class OfficeDossierSettings {

    /** What an office set; a null part falls back to the default. */
    public record Own(String codePattern, Integer supplementWindowDays, boolean publicOfficerNames, Integer lateRiskPercent) {
    }

    private final OfficeSettingRows rows;
    private final DossierSettings defaults;
    private final AuditTrail audit;
    private final Clock clock;
    private final Remembered<AgencyCode, Optional<Own>> recent;

    private final SharedCaches shared;
    private static final String CACHE = "dossier-settings";

    OfficeDossierSettings(OfficeSettingRows rows, DossierSettings defaults, AuditTrail audit, Clock clock,
            SharedCaches shared) {
        this.rows = rows;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
        this.shared = shared;
        this.recent = new Remembered<>(java.time.Duration.ofSeconds(10));
        shared.register(CACHE, recent, AgencyCode::of);
    }

    /**
     * What the office set. Read at every acceptance, so remembered for a few seconds (forgotten on every instance
     * when it changes).
     */
    public Optional<Own> own(AgencyCode office) {
        return recent.get(office, this::read);
    }

    private Optional<Own> read(AgencyCode office) {
        return rows.find(office.value()).map(r -> new Own(r.codePattern(), r.supplementWindowDays(), r.publicOfficerNames(), r.lateRiskPercent()));
    }

    public DossierCodePattern pattern(AgencyCode office) {
        return own(office).map(Own::codePattern).map(DossierCodePattern::new).orElse(defaults.pattern());
    }

    public DossierRules rules(AgencyCode office) {
        DossierRules base = defaults.rules();
        return own(office).map(Own::supplementWindowDays)
                .map(days -> new DossierRules(days, base.transferCutoff(), base.transferGraceMinutes()))
                .orElse(base);
    }

    /** The chance from which the office's dossiers are flagged as at risk of being late (its own, or 50 %). */
    public double lateRiskThreshold(AgencyCode office) {
        return own(office).map(Own::lateRiskPercent).map(p -> p / 100.0).orElse(LateRisks.FLAG_AT);
    }

    public DossierSettings defaults() {
        return defaults;
    }

    /** The office's administrator sets the pattern (checked) and the window (1 to 30 working days). */
    @Transactional
    public void set(OfficeMember admin, String codePattern, Integer windowDays, boolean publicOfficerNames,
            Integer lateRiskPercent) {
        if (!admin.isAdmin()) {
            throw new DossierAccessDeniedException(admin.getUsername() + " is not an administrator");
        }
        String pattern = codePattern == null || codePattern.isBlank() ? null : new DossierCodePattern(codePattern.strip()).pattern();
        if (windowDays != null && (windowDays < 1 || windowDays > 30)) {
            throw new InvalidValueException("dossierSettings.window", "The supplement window is 1 to 30 working days");
        }
        if (lateRiskPercent != null && (lateRiskPercent < 20 || lateRiskPercent > 90)) {
            throw new InvalidValueException("dossierSettings.lateRisk", "The late-risk threshold is 20 to 90 %");
        }
        rows.save(admin.officeCode(), new OfficeSettingRows.Row(pattern, windowDays, publicOfficerNames, lateRiskPercent),
                admin.getUsername());
        shared.changed(CACHE, admin.officeCode());
        audit.record(new AuditEntry(clock.instant(), admin.getUsername(), admin.officeCode(), "dossier.settings.changed",
                "dossier-settings:" + admin.officeCode(), "code pattern " + pattern + ", supplement window " + windowDays + ", officer names public " + publicOfficerNames
                + ", late-risk threshold " + lateRiskPercent));
    }
}
