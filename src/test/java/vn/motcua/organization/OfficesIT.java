package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.support.AgencyFixture.anAgency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;

@DatabaseTest
class OfficesIT {

    @Autowired
    Offices offices;

    @Autowired
    Desks desks;

    @Test
    void a_code_retired_by_a_merger_is_answered_by_its_successor_along_the_chain() {
        Agency old = offices.register(anAgency().named("Xã cũ").build());
        Agency middle = offices.register(anAgency().named("Xã sau sáp nhập lần 1").build());
        Agency latest = offices.register(anAgency().named("Xã sau sáp nhập lần 2").build());
        var firstMerger = java.time.LocalDate.of(2025, 6, 30);
        var secondMerger = java.time.LocalDate.of(2026, 6, 30);
        offices.retire(old.code(), firstMerger, middle.code(), "test");
        offices.retire(middle.code(), secondMerger, latest.code(), "test");

        assertThat(offices.current(old.code(), firstMerger)).get().extracting(Agency::code).isEqualTo(old.code());
        assertThat(offices.current(old.code(), firstMerger.plusDays(1))).get().extracting(Agency::code).isEqualTo(middle.code());
        assertThat(offices.current(old.code(), secondMerger.plusDays(1))).get().extracting(Agency::code).isEqualTo(latest.code());
        assertThat(offices.predecessorsOf(latest.code())).extracting(Agency::code).containsExactly(middle.code(), old.code());
        assertThatThrownBy(() -> offices.retire(latest.code(), secondMerger.plusDays(10), old.code(), "test"))
                .isInstanceOf(vn.motcua.platform.domain.InvalidValueException.class)
                .hasMessageContaining("replaced");
    }

    @Test
    void a_code_that_ended_without_a_successor_answers_nobody_after_its_last_day() {
        Agency closed = offices.register(anAgency().named("Đơn vị giải thể").build());
        offices.retire(closed.code(), java.time.LocalDate.of(2025, 12, 31), null, "test");
        assertThat(offices.current(closed.code(), java.time.LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void two_counters_of_one_desk_cannot_share_a_number() {
        Agency office = offices.register(anAgency().named("Có quầy").build());
        var desk = desks.addDesk(new vn.motcua.organization.domain.OneStopDesk(null, office.code(), "Bộ phận Một cửa", null, null, null, null), "test");
        desks.addCounter(office.code(), new vn.motcua.organization.domain.Counter(null, desk.id(), 1, "Hộ tịch",
                java.util.List.of("Hộ tịch"), true), "test");
        assertThatThrownBy(() -> desks.addCounter(office.code(), new vn.motcua.organization.domain.Counter(null, desk.id(), 1,
                "Chứng thực", java.util.List.of(), true), "test"))
                .isInstanceOf(vn.motcua.platform.domain.InvalidValueException.class);
        assertThat(desks.of(office.code())).singleElement()
                .satisfies(d -> assertThat(d.counters()).extracting(c -> c.title()).containsExactly("1 — Hộ tịch"));
    }

    @Test
    void a_search_ignores_diacritics_and_stays_within_the_subtree() {
        assertThat(offices.search(AgencyCode.of("H99"), "phuong hong ha")).extracting(a -> a.code().value())
                .containsExactly("H99.02");
        assertThat(offices.search(AgencyCode.of("H99.03"), "hong ha")).isEmpty();
    }

    @Test
    void the_demo_offices_exist_with_their_stable_codes() {
        assertThat(offices.subtreeOf(AgencyCode.of("H99")))
                .extracting(a -> a.code().value())
                .contains("H99", "H99.01", "H99.02", "H99.03", "H99.04", "H99.05", "H99.06");
        assertThat(offices.find(AgencyCode.of("H99.02"))).get()
                .extracting(Agency::name).isEqualTo("Phường Hồng Hà (TP Hạ Long)");
    }

    @Test
    void the_tree_has_any_depth() {
        Agency province = offices.register(anAgency().named("Tỉnh thử").build());
        Agency commune = offices.register(anAgency().named("Xã thử").under(province).build());
        Agency department = offices.register(anAgency().named("Bộ phận thử").under(commune).build());

        assertThat(offices.subtreeOf(province.code())).containsExactlyInAnyOrder(province, commune, department);
        assertThat(offices.subtreeOf(commune.code())).containsExactlyInAnyOrder(commune, department);
    }

    @Test
    void an_agency_under_an_unknown_parent_is_refused_and_nothing_is_stored() {
        Agency orphan = anAgency().under("H98.404").build();
        assertThatThrownBy(() -> offices.register(orphan)).isInstanceOf(UnknownAgencyException.class);
        assertThat(offices.find(orphan.code())).isEmpty();
    }
}
