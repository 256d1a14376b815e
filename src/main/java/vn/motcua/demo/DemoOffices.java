package vn.motcua.demo;

import java.util.List;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.AgencyKind;

/** The demo offices, with stable codes that tests and integrators rely on. {@code H99} marks demo data. */
final class DemoOffices {

    static final AgencyCode GROUP = AgencyCode.of("H99");

    static final List<Agency> ALL = List.of(
            new Agency(GROUP, "Nhóm đơn vị minh họa MotCua", null, AgencyKind.PROVINCE),
            office("H99.01", "Văn phòng Một cửa mẫu", AgencyKind.DESK_CENTRE),
            office("H99.02", "Phường Hồng Hà (TP Hạ Long)", AgencyKind.COMMUNE),
            office("H99.03", "Phường Thụy Khuê (quận Tây Hồ)", AgencyKind.COMMUNE),
            office("H99.04", "Huyện Ba Vì — Bộ phận tiếp nhận và trả kết quả", AgencyKind.UNIT),
            office("H99.05", "Xã An Tân (huyện An Lão)", AgencyKind.COMMUNE),
            office("H99.06", "Xã Vĩnh Thạnh", AgencyKind.COMMUNE));

    private DemoOffices() {
    }

    private static Agency office(String code, String name, AgencyKind kind) {
        return new Agency(AgencyCode.of(code), name, GROUP, kind);
    }

    /** The number that ends an office's code ({@code 02} for {@code H99.02}). */
    static String number(AgencyCode office) {
        String code = office.value();
        return code.substring(code.lastIndexOf('.') + 1);
    }
}
