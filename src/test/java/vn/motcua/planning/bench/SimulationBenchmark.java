package vn.motcua.planning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.SimulationBench;
import vn.motcua.planning.domain.Change;

/**
 * The simulator answering a one-year replay of Hồng Hà (issue 23: about 12,000 dossiers, 20 replications, under 10 s).
 * Starts the application on a fresh embedded PostgreSQL with Hồng Hà's 2021 loaded, then times, several times over,
 * the whole answer as the background job makes it: reading the year (dossiers, tickets, calendar, models) and 20
 * replications of the unchanged office and 20 of the change (one counter fewer), i.e. 40 runs. Run with
 * {@code bench/simulation.sh [replications] [repeats]}.
 */
public final class SimulationBenchmark {

    public static void main(String[] args) throws Exception {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path data = Files.createTempDirectory("motcua-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
                "--spring.profiles.active=demo", "--server.port=0", "--logging.level.root=WARN", "--motcua.demo.history=false",
                "--motcua.embedded-postgres.data-directory=" + data)) {
            DemoHistoryFixture.hongHa2021(app.getBean(HistoryLoader.class));
            var bench = app.getBean(SimulationBench.class);
            long[] load = new long[repeats];
            long[] simulate = new long[repeats];
            String figures = "";
            for (int i = 0; i < repeats; i++) {
                var timing = bench.time(AgencyCode.of("H99.02"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                        new Change.Counters(-1), replications, 2021);
                load[i] = timing.loadMillis();
                simulate[i] = timing.simulateMillis();
                figures = timing.summary();
                System.out.printf("repeat %d: read %d dossiers and %d visits in %d ms, %d + %d runs in %d ms, total %d ms%n", i + 1,
                        timing.dossiers(), timing.visits(), load[i], replications, replications, simulate[i], load[i] + simulate[i]);
            }
            long[] total = new long[repeats];
            for (int i = 0; i < repeats; i++) {
                total[i] = load[i] + simulate[i];
            }
            Arrays.sort(total);
            Arrays.sort(load);
            Arrays.sort(simulate);
            System.out.printf("one year of Hồng Hà, %d replications each way: total median %d ms (max %d ms; reading median %d ms, "
                    + "simulating median %d ms) on %d cores%n%s%n", replications, total[repeats / 2], total[repeats - 1], load[repeats / 2],
                    simulate[repeats / 2], Runtime.getRuntime().availableProcessors(), figures);
        }
    }
}
