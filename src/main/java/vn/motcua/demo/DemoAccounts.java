package vn.motcua.demo;

import java.util.List;
import java.util.Set;

import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Four demo accounts per demo office, one per role: {@code tiepnhan}, {@code chuyenvien},
 * {@code lanhdao}, {@code quantri} for {@code H99.01}, and the same with the office's number for the
 * others ({@code lanhdao.02} for {@code H99.02}); and {@code quantri.nhom}, the administrator of the
 * group {@code H99} itself, who keeps the national days off.
 */
final class DemoAccounts {

    private record Seat(String login, StaffRole role, List<String> names) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat("tiepnhan", StaffRole.RECEPTION, List.of("Nguyễn Thị Lan", "Trần Thu Hà", "Lê Thị Mai",
                    "Phạm Thị Hoa", "Hoàng Thị Ngọc", "Đặng Thị Thu")),
            new Seat("chuyenvien", StaffRole.SPECIALIST, List.of("Trần Văn Minh", "Vũ Đức Thắng", "Bùi Văn Hùng",
                    "Đỗ Quang Huy", "Ngô Văn Tài", "Lý Văn Phúc")),
            new Seat("lanhdao", StaffRole.LEADER, List.of("Lê Văn Hải", "Nhâm Sỹ Thuộc", "Lê Văn Thủy",
                    "Nguyễn Văn Sơn", "Hoàng Mỹ Tâm", "Phan Văn Tuấn")),
            new Seat("quantri", StaffRole.ADMIN, List.of("Phạm Minh Tuấn", "Đinh Văn Long", "Cao Thị Hằng",
                    "Tạ Văn Bình", "Mạc Thị Yến", "Trịnh Văn Khoa")));

    private DemoAccounts() {
    }

    /** The administrator of the top-level demo office. */
    static StaffAccount groupAdministrator() {
        return new StaffAccount(new Username("quantri.nhom"), "Võ Thị Thanh", DemoOffices.GROUP,
                Set.of(StaffRole.ADMIN), true);
    }

    static List<StaffAccount> of(AgencyCode office, int index) {
        String number = DemoOffices.number(office);
        String suffix = "01".equals(number) ? "" : "." + number;
        return SEATS.stream()
                .map(seat -> new StaffAccount(new Username(seat.login() + suffix),
                        seat.names().get(index % seat.names().size()), office, Set.of(seat.role()), true))
                .toList();
    }
}
