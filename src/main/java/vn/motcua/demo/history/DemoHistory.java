package vn.motcua.demo.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the demo's first start, loads the demo offices' multi-year histories (DemoHistories) so that the dashboard,
 * reports and statistics have the seeds' figures to show. Once per office; off with {@code motcua.demo.history=false}
 * (the tests load the one history they check themselves).
 */
@Component
@Profile("demo")
@Order(10)
@ConditionalOnProperty(name = "motcua.demo.history", havingValue = "true", matchIfMissing = true)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final HistoryLoader loader;

    DemoHistory(HistoryLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        long[] reported = {0};
        long count = loader.loadAll(DemoHistories.all(), false, stored -> {
            if (stored - reported[0] >= 20_000) {
                reported[0] = stored;
                log.info("Loading the demo history: {} dossiers so far", stored);
            }
        });
        if (count > 0) {
            log.info("Demo history loaded: {} dossiers in {} s", count, (System.nanoTime() - start) / 1_000_000_000);
        }
    }
}
