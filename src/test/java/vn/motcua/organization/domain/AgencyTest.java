package vn.motcua.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.motcua.platform.domain.InvalidValueException;

class AgencyTest {

    @Test
    void an_agency_cannot_be_its_own_parent() {
        assertThatThrownBy(() -> new Agency(AgencyCode.of("H99.01"), "Văn phòng", AgencyCode.of("H99.01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("own parent");
    }

    @Test
    void an_agency_needs_a_name_of_at_most_255_characters() {
        assertThatThrownBy(() -> new Agency(AgencyCode.of("H99.01"), " ", null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Agency(AgencyCode.of("H99.01"), "x".repeat(256), null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Agency(AgencyCode.of("H99.01"), "  Xã An Tân ", null).name()).isEqualTo("Xã An Tân");
    }

    private static final AgencyCode OLD = AgencyCode.of("H55.242");
    private static final AgencyCode NEW = AgencyCode.of("H55.300");

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
            "ends before it starts,           2025-07-01, 2025-06-30, -,       agency.validity",
            "succeeds itself,                 -,          2025-06-30, H55.242, agency.successor.self",
            "has a successor while in use,    -,          -,          H55.300, agency.successor.open",
    })
    void a_code_history_that_cannot_be_is_refused(String rule, java.time.LocalDate from, java.time.LocalDate to,
            String successor, String code) {
        assertThatThrownBy(() -> new Agency(OLD, "Xã", null, AgencyKind.COMMUNE, from, to,
                successor == null ? null : AgencyCode.of(successor)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_code_is_valid_between_its_first_and_last_day_inclusive() {
        var agency = new Agency(OLD, "Xã", null, AgencyKind.COMMUNE, java.time.LocalDate.of(2020, 1, 1), null, null)
                .retiredAfter(java.time.LocalDate.of(2025, 6, 30), NEW);
        assertThat(agency.isValidOn(java.time.LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(agency.isValidOn(java.time.LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(agency.isValidOn(java.time.LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(agency.isValidOn(java.time.LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(agency.successor()).isEqualTo(NEW);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "counter number {0} is refused")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, -1, 1000})
    void a_counter_number_is_between_1_and_999(int number) {
        assertThatThrownBy(() -> new Counter(null, 1, number, null, java.util.List.of(), true))
                .isInstanceOf(InvalidValueException.class);
    }
}
