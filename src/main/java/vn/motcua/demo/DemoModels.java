package vn.motcua.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** The demo offices' real service models and start dates, as the seeds report them (service-models.md). */
final class DemoModels {

    /** Vĩnh Thạnh's Monday scope: justice (civil status, certification…), labour–invalids–social, office, cadastral. */
    static final List<String> VINH_THANH_FIELDS = List.of("Hộ tịch", "Chứng thực", "Nuôi con nuôi", "Hòa giải ở cơ sở",
            "Bảo trợ xã hội", "Giảm nghèo", "Người có công", "Văn phòng", "Đất đai");

    static final List<ServiceModel> ALL = List.of(
            // Ba Vì: "Giờ làm việc thứ 9", every Thursday one hour after closing, from 20 June 2024.
            model("H99.04", ServiceModelKind.EXTENDED_SESSION, "Giờ làm việc thứ 9", "2024-06-20", Set.of(THURSDAY),
                    session("17:00", "18:00"), List.of(), true, true),
            // Thụy Khuê: "30 phút vì dân", Monday and Friday opening at 07:00, and Monday without appointment slips.
            model("H99.03", ServiceModelKind.EARLY_OPENING, "30 phút vì dân", "2023-10-23", Set.of(MONDAY, FRIDAY),
                    session("07:00", "07:30"), List.of(), true, false),
            model("H99.03", ServiceModelKind.NO_APPOINTMENT_DAY, "Thứ 2 – ngày không giấy hẹn", "2023-10-23", Set.of(MONDAY),
                    null, List.of(), false, false),
            // An Tân: "Ngày thứ 5 không hẹn, không viết" from 1 March 2022, and the QR survey at the desk.
            model("H99.05", ServiceModelKind.NO_APPOINTMENT_DAY, "Ngày thứ 5 không hẹn", "2022-03-01", Set.of(THURSDAY),
                    null, List.of(), true, false),
            model("H99.05", ServiceModelKind.ASSISTED_FILLING, "Công dân không viết", "2022-03-01", Set.of(THURSDAY),
                    null, List.of(), true, false),
            model("H99.05", ServiceModelKind.QR_SURVEY, "Khảo sát hài lòng qua mã QR", "2022-03-01", Set.of(),
                    null, List.of(), true, false),
            // Vĩnh Thạnh: Monday no-appointment day in four fields with a leader on duty, assisted filling every day.
            model("H99.06", ServiceModelKind.NO_APPOINTMENT_DAY, "Ngày không hẹn", "2024-01-01", Set.of(MONDAY),
                    null, VINH_THANH_FIELDS, true, true),
            model("H99.06", ServiceModelKind.ASSISTED_FILLING, "Công dân không viết", "2024-01-01", Set.of(),
                    null, List.of(), true, false));

    private DemoModels() {
    }

    private static ServiceModel model(String office, ServiceModelKind kind, String name, String from, Set<DayOfWeek> days,
            WorkingSession session, List<String> fields, boolean slipPrinted, boolean leaderOnDuty) {
        return new ServiceModel(null, AgencyCode.of(office), kind, name, LocalDate.parse(from), null, days, session, fields,
                List.of(), slipPrinted, leaderOnDuty);
    }

    private static WorkingSession session(String start, String end) {
        return WorkingSession.of(start, end);
    }
}
