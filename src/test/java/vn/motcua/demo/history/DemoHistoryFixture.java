package vn.motcua.demo.history;

/** Loads Hồng Hà's calibrated 2021 into the test database once, for the tests that read it. */
public final class DemoHistoryFixture {

    private DemoHistoryFixture() {
    }

    public static synchronized void hongHa2021(HistoryLoader loader) {
        var history = DemoHistories.hongHa2021();
        if (!loader.loaded(history)) {
            loader.load(history, n -> { });
        }
    }
}
