package vn.motcua.support;

import java.util.concurrent.atomic.AtomicInteger;

import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

/** Builds agencies for tests, under the demo group {@code H99} with codes no other test uses. */
public final class AgencyFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String code = "H99.T" + (ProcessHandle.current().pid() % 10_000) + "X" + SEQUENCE.incrementAndGet()
            + "X" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
    private String name = "Đơn vị thử nghiệm";
    private String parent = "H99";

    private AgencyFixture() {
    }

    public static AgencyFixture anAgency() {
        return new AgencyFixture();
    }

    public AgencyFixture under(Agency parent) {
        this.parent = parent.code().value();
        return this;
    }

    public AgencyFixture under(String parentCode) {
        this.parent = parentCode;
        return this;
    }

    public AgencyFixture named(String name) {
        this.name = name;
        return this;
    }

    public Agency build() {
        return new Agency(AgencyCode.of(code), name, parent == null ? null : AgencyCode.of(parent));
    }
}
