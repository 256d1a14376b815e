package vn.motcua.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.motcua.dossier.LateRisks;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MovableTime;

/**
 * The live warning replayed on Hồng Hà's 2021: on the morning after the land registry branch let a consultation pass
 * its deadline, the dossier is flagged (learning only from dossiers finished by then); a dossier going well is not;
 * once less than a working day is left, an apology is no longer possible and nothing is flagged.
 */
@DatabaseTest
@Import(MovableTime.class)
class LateRiskIT {

    static final AgencyCode HONG_HA = AgencyCode.of("H99.02");
    /** Late: consultation asked 2021-10-07, overdue from 2021-10-12, due 2021-11-08 17:00. */
    static final String LATE = "H99.02-211007-0007";

    @Autowired
    HistoryLoader loader;
    @Autowired
    LateRisks risks;
    @Autowired
    DossierRepository dossiers;

    @BeforeEach
    void loadOnce() {
        DemoHistoryFixture.hongHa2021(loader);
    }

    @Test
    void the_morning_after_a_consultation_overran_the_dossier_is_flagged_while_an_apology_is_possible() {
        var late = dossiers.find(new DossierCode(LATE)).orElseThrow();
        var onTime = dossiers.received(HONG_HA, null, java.time.LocalDate.of(2021, 10, 7), java.time.LocalDate.of(2021, 10, 7))
                .stream().filter(d -> !d.code().value().equals(LATE) && d.finishedAt().isAfter(java.time.LocalDateTime.of(2021, 10, 13, 8, 0))
                        && !d.finishedAt().isAfter(d.clock().dueAt()))
                .toList();
        assertThat(onTime).isNotEmpty();

        MovableTime.set("2021-10-13T07:30");
        risks.learnNow(HONG_HA);
        var flags = risks.atRisk(HONG_HA, java.util.stream.Stream.concat(java.util.stream.Stream.of(late), onTime.stream()).toList());
        assertThat(flags).containsKey(LATE);
        assertThat(flags.get(LATE).placeKind()).isEqualTo("CONSULT_OVERDUE");
        assertThat(flags.get(LATE).placeDetail()).isEqualTo("Chi nhánh Văn phòng đăng ký đất đai");
        assertThat(flags.keySet()).as("the dossiers going well that day").containsOnly(LATE);

        MovableTime.set("2021-11-08T07:30");
        assertThat(risks.atRisk(HONG_HA, List.of(late))).as("due today: too late for an apology").isEmpty();
    }

    @Autowired
    vn.motcua.dossier.OfficeDossierSettings settings;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void an_office_that_asks_a_higher_threshold_is_warned_only_above_it() {
        var late = dossiers.find(new DossierCode(LATE)).orElseThrow();
        var admin = (vn.motcua.platform.security.OfficeMember) users.loadUserByUsername("quantri.02");
        var before = settings.own(HONG_HA);
        MovableTime.set("2021-10-13T07:30");
        risks.learnNow(HONG_HA);
        assertThat(risks.atRisk(HONG_HA, List.of(late)).get(LATE).percent()).as("the chance that morning").isEqualTo(67);
        try {
            settings.set(admin, before.map(o -> o.codePattern()).orElse(null), before.map(o -> o.supplementWindowDays()).orElse(null),
                    before.map(o -> o.publicOfficerNames()).orElse(false), 70);
            assertThat(risks.atRisk(HONG_HA, List.of(late))).as("flagged from 70 %% only").isEmpty();
            settings.set(admin, before.map(o -> o.codePattern()).orElse(null), before.map(o -> o.supplementWindowDays()).orElse(null),
                    before.map(o -> o.publicOfficerNames()).orElse(false), 60);
            assertThat(risks.atRisk(HONG_HA, List.of(late))).containsKey(LATE);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.set(admin, null, null, false, 95))
                    .isInstanceOf(vn.motcua.platform.domain.InvalidValueException.class);
        } finally {
            settings.set(admin, before.map(o -> o.codePattern()).orElse(null), before.map(o -> o.supplementWindowDays()).orElse(null),
                    before.map(o -> o.publicOfficerNames()).orElse(false), before.map(o -> o.lateRiskPercent()).orElse(null));
        }
    }

    @org.junit.jupiter.api.AfterEach
    void forgetTheReplay() {
        risks.forget(HONG_HA);
    }
}
