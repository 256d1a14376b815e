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
}
