package vn.motcua.support;

import static vn.motcua.support.AgencyFixture.anAgency;
import static vn.motcua.support.StaffAccountFixture.aStaffAccount;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.platform.security.OfficeMember;

/**
 * An office of its own for a queue test (no earlier run's tickets): the standard calendar, a civil-status counter (1)
 * and two counters for everything else (2, 3); its staff made on demand.
 */
public record QueueOfficeFixture(String office, StaffAccounts accounts, UserDetailsService users) {

    public static QueueOfficeFixture newOffice(Offices offices, Desks desks, StaffAccounts accounts, UserDetailsService users) {
        var agency = offices.register(anAgency().named("Xã có hàng đợi").build()).code();
        var desk = desks.addDesk(new OneStopDesk(null, agency, "Bộ phận một cửa", null, null, null, List.of()), "test");
        desks.addCounter(agency, new Counter(null, desk.id(), 1, "Hộ tịch", List.of("Hộ tịch"), true), "test");
        desks.addCounter(agency, new Counter(null, desk.id(), 2, "Khác", List.of(), true), "test");
        desks.addCounter(agency, new Counter(null, desk.id(), 3, "Khác", List.of(), true), "test");
        return new QueueOfficeFixture(agency.value(), accounts, users);
    }

    /** A new member of the office's staff with the role, signed in. */
    public OfficeMember member(StaffRole role) {
        var account = aStaffAccount().in(office).withRoles(role).build();
        accounts.registerIfAbsent(account, accounts.hash("MotCua@2026"), "test");
        return (OfficeMember) users.loadUserByUsername(account.username().value());
    }
}
