package vn.motcua.demo;

import java.util.List;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

/** The demo offices, with stable codes that tests and integrators rely on. {@code H99} marks demo data. */
final class DemoOffices {

    static final AgencyCode GROUP = AgencyCode.of("H99");

    static final List<Agency> ALL = List.of(
            new Agency(GROUP, "Nhóm đơn vị minh họa MotCua", null),
            office("H99.01", "Văn phòng Một cửa mẫu"),
            office("H99.02", "Phường Hồng Hà (TP Hạ Long)"),
            office("H99.03", "Phường Thụy Khuê (quận Tây Hồ)"),
            office("H99.04", "Huyện Ba Vì — Bộ phận tiếp nhận và trả kết quả"),
            office("H99.05", "Xã An Tân (huyện An Lão)"),
            office("H99.06", "Xã Vĩnh Thạnh"));

    private DemoOffices() {
    }

    private static Agency office(String code, String name) {
        return new Agency(AgencyCode.of(code), name, GROUP);
    }

    /** The number that ends an office's code ({@code 02} for {@code H99.02}). */
    static String number(AgencyCode office) {
        String code = office.value();
        return code.substring(code.lastIndexOf('.') + 1);
    }
}
