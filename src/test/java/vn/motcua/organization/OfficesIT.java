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
