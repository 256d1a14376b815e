package vn.motcua.platform.database;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Request rates counted in PostgreSQL, so that every instance counts the same hits: with N instances behind a load
 * balancer a guesser gets the same number of attempts as with one. Each limiter is a sliding window estimated from
 * two fixed windows (the current one, and the previous one weighted by how much of it still falls within the
 * sliding window), counted on the database's clock, shared by the instances and never pinned. One statement per
 * attempt: the count is checked and raised on the counter's row, so two instances never both take the last hit.
 */
@Component
public class SharedRates {

    private final JdbcClient jdbc;
    private final java.util.List<Limiter> limiters = new java.util.concurrent.CopyOnWriteArrayList<>();

    SharedRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A limiter of at most {@code max} hits per key in any window of {@code per}, named by a short word. */
    public Limiter limiter(String name, int max, Duration per) {
        if (max < 1 || per.toSeconds() < 1 || name.isBlank() || name.length() > 40) {
            throw new IllegalArgumentException("A limiter needs a name, a positive maximum and a window of a second or more");
        }
        var limiter = new Limiter(name, max, per.toSeconds());
        limiters.add(limiter);
        return limiter;
    }

    /** Forgets the windows before the previous one of each limiter (any instance may do it; deleting twice is harmless). */
    @Scheduled(fixedDelayString = "${motcua.rates.cleanup-delay:10m}")
    void forgetOldWindows() {
        for (Limiter limiter : limiters) {
            jdbc.sql("""
                    delete from request_rate where limiter = :limiter
                    and win < floor(extract(epoch from clock_timestamp()) / :seconds)::bigint - 1""")
                    .param("limiter", limiter.name).param("seconds", limiter.seconds).update();
        }
    }

    public final class Limiter {

        private static final int MAX_KEY = 100;

        private final String name;
        private final int max;
        private final long seconds;

        private Limiter(String name, int max, long seconds) {
            this.name = name;
            this.max = max;
            this.seconds = seconds;
        }

        /** Records a hit for the key and says whether it is within the rate (a refused hit is not recorded). */
        public boolean tryAcquire(String key) {
            String k = key == null ? "" : key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
            return jdbc.sql("""
                    with w as (
                        select floor(x)::bigint as win, x - floor(x) as part
                        from (select extract(epoch from clock_timestamp()) / :seconds as x) t),
                    before as (
                        select coalesce((select r.hits from request_rate r, w
                                         where r.limiter = :limiter and r.key = :key and r.win = w.win - 1), 0)
                               * (1 - (select part from w)) as weight),
                    hit as (
                        insert into request_rate (limiter, key, win, hits)
                        select :limiter, :key, w.win, 1 from w, before where before.weight + 1 <= :max
                        on conflict (limiter, key, win) do update set hits = request_rate.hits + 1
                            where request_rate.hits + 1 + (select weight from before) <= :max
                        returning hits)
                    select count(*) from hit""")
                    .param("seconds", seconds).param("limiter", name).param("key", k).param("max", max)
                    .query(Long.class).single() == 1;
        }
    }
}
