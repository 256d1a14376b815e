package vn.motcua.demo.history;

import static java.time.DayOfWeek.THURSDAY;

import java.util.List;

import vn.motcua.organization.domain.AgencyCode;

/**
 * The demo offices' histories, calibrated to the seeds: Hồng Hà received 12,439 dossiers in 2021 and finished all of
 * them, 7 late (land, held up at the land registry branch): 99.94 %; An Tân handled 1,562 dossiers on its Thursdays
 * without appointment from 1 March 2022 to 31 December 2023; Thụy Khuê served 21 citizens in its early half-hour in
 * the model's first month; Ba Vì has Thursday extra-hour dossiers from 20 June 2024. H99.01 and H99.06 are left to
 * the tests.
 */
final class DemoHistories {

    static final String LAND = "2.999001";

    private DemoHistories() {
    }

    /** Hồng Hà: five officers at the desk, about 50 dossiers a working day. */
    static OfficeHistory hongHa2021() {
        return hongHa(List.of(Segment.of("2021-01-01", "2021-12-31", 50).calibrated(12_439, 7, LAND).online(0.05)));
    }

    static OfficeHistory hongHa() {
        return hongHa(List.of(Segment.of("2021-01-01", "2021-12-31", 50).calibrated(12_439, 7, LAND).online(0.05),
                Segment.of("2022-01-01", "2022-12-31", 48).online(0.1), Segment.of("2023-01-01", "2023-12-31", 47).online(0.15),
                Segment.of("2024-01-01", "2024-12-31", 46).online(0.2), Segment.of("2025-01-01", "2026-12-31", 45).online(0.3)));
    }

    private static OfficeHistory hongHa(List<Segment> segments) {
        return new OfficeHistory(AgencyCode.of("H99.02"), 2021, List.of("tiepnhan.02", "nguyen.thi.hoa.02", "tran.van.duc.02",
                "le.thi.mai.02", "pham.van.hung.02"), List.of("chuyenvien.02", "do.thi.lan.02"), List.of("lanhdao.02"),
                OfficeHistory.COMMUNE_MIX, segments);
    }

    /** An Tân: a small commune, busier on its Thursdays without appointment and where citizens need not write. */
    static OfficeHistory anTan() {
        return new OfficeHistory(AgencyCode.of("H99.05"), 2022, List.of("tiepnhan.05", "hoang.thi.thu.05"), List.of("chuyenvien.05"),
                List.of("lanhdao.05"), OfficeHistory.COMMUNE_MIX, List.of(
                        Segment.of("2021-06-01", "2022-02-28", 8),
                        Segment.of("2022-03-01", "2023-12-31", 8).busier(THURSDAY, 2.0).busierTotal("2022-03-01", 1_562).survey(0.3),
                        Segment.of("2024-01-01", "2026-12-31", 8).busier(THURSDAY, 2.0).survey(0.3).online(0.2)));
    }

    /** Thụy Khuê: "30 phút vì dân" from 23 October 2023, 21 citizens served before 07:30 in its first month. */
    static OfficeHistory thuyKhue() {
        return new OfficeHistory(AgencyCode.of("H99.03"), 2023, List.of("tiepnhan.03", "ngo.thi.hanh.03", "bui.van.nam.03"),
                List.of("chuyenvien.03"), List.of("lanhdao.03"), OfficeHistory.COMMUNE_MIX, List.of(
                        Segment.of("2023-01-01", "2023-10-22", 25).online(0.15),
                        Segment.of("2023-10-23", "2023-11-22", 25).exactExtraSession(21).online(0.15),
                        Segment.of("2023-11-23", "2026-12-31", 25).extraSession(0.04).online(0.25)));
    }

    /** Ba Vì: a district desk, the 9th working hour on Thursdays from 20 June 2024. */
    static OfficeHistory baVi() {
        return new OfficeHistory(AgencyCode.of("H99.04"), 2024, List.of("tiepnhan.04", "dang.thi.yen.04", "vu.van.son.04",
                "ly.thi.nga.04"), List.of("chuyenvien.04", "duong.van.phuc.04"), List.of("lanhdao.04"), OfficeHistory.COMMUNE_MIX,
                List.of(Segment.of("2023-06-01", "2024-06-19", 60).online(0.2),
                        Segment.of("2024-06-20", "2026-12-31", 60).busier(THURSDAY, 1.15).extraSession(0.08).online(0.3)));
    }

    static List<OfficeHistory> all() {
        return List.of(hongHa(), anTan(), thuyKhue(), baVi());
    }
}
