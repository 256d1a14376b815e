package vn.motcua.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.domain.AgencyCode;

/** Builds staff accounts for tests; each gets a user name no other test uses. */
public final class StaffAccountFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String username = "test" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet()
            + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    private String fullName = "Nguyễn Văn Thử";
    private AgencyCode office = AgencyCode.of("H99.01");
    private Set<StaffRole> roles = EnumSet.of(StaffRole.RECEPTION);
    private boolean enabled = true;

    private StaffAccountFixture() {
    }

    public static StaffAccountFixture aStaffAccount() {
        return new StaffAccountFixture();
    }

    public StaffAccountFixture named(String name) {
        this.fullName = name;
        return this;
    }

    public StaffAccountFixture in(String officeCode) {
        this.office = AgencyCode.of(officeCode);
        return this;
    }

    public StaffAccountFixture withRoles(StaffRole first, StaffRole... more) {
        this.roles = EnumSet.of(first, more);
        return this;
    }

    public StaffAccountFixture disabled() {
        this.enabled = false;
        return this;
    }

    public StaffAccount build() {
        return new StaffAccount(new Username(username), fullName, office, roles, enabled);
    }
}
