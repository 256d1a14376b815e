package vn.motcua.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and numbers no earlier run on the same database used: the suite runs twice on one database in CI, at the
 * same pinned moment, so what a test creates under a fixed name would already be there the second time.
 */
public final class RunUnique {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final long RUN = (ProcessHandle.current().pid() * 1_000_003L) ^ System.nanoTime();

    private RunUnique() {
    }

    /** A short lower-case suffix, different in each call and each run. */
    public static String suffix() {
        return Long.toString(Math.floorMod(RUN + SEQUENCE.incrementAndGet() * 7_919L, 36L * 36 * 36 * 36 * 36 * 36), 36);
    }

    /** {@code digits} decimal digits, different in each call and each run (for a phone number such as 09…). */
    public static String digits(int digits) {
        long bound = (long) Math.pow(10, digits);
        return String.format("%0" + digits + "d", Math.floorMod(RUN + SEQUENCE.incrementAndGet() * 7_919L, bound));
    }

    /** A number from 1 to 250, different in each run (for a private address such as 10.7.n.1). */
    public static int octet() {
        return (int) Math.floorMod(RUN + SEQUENCE.incrementAndGet(), 250L) + 1;
    }
}
