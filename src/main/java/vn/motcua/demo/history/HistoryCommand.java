package vn.motcua.demo.history;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.AgencyKind;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;

/**
 * {@code ./motcua history N [offices]}: generates a large history for benchmarks — N dossiers over the last five
 * years, spread over a test province ({@code B01}) of communes {@code B01.001…}, loaded with COPY, with a progress bar.
 * Registers the province and its communes if they are missing; each commune's history is loaded once.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "motcua.history.generate")
class HistoryCommand implements ApplicationRunner {

    static final AgencyCode PROVINCE = AgencyCode.of("B01");
    static final int YEARS = 5;
    static final double WORKING_DAYS_A_YEAR = 250;

    private final HistoryLoader loader;
    private final Offices offices;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final long total;
    private final int communes;
    private final PrintStream out = System.out;
    private final org.springframework.context.ConfigurableApplicationContext context;
    private final boolean exit;
    private final boolean readModelsOnly;
    private final StaffAccounts accounts;
    private final String password;

    HistoryCommand(HistoryLoader loader, Offices offices, WorkingCalendars calendars, Clock clock,
            @Value("${motcua.history.generate}") long total, @Value("${motcua.history.offices:100}") int communes,
            @Value("${motcua.history.exit:true}") boolean exit,
            @Value("${motcua.history.read-models-only:false}") boolean readModelsOnly, StaffAccounts accounts,
            @Value("${motcua.demo.password:MotCua@2026}") String password, org.springframework.context.ConfigurableApplicationContext context) {
        this.exit = exit;
        this.readModelsOnly = readModelsOnly;
        this.accounts = accounts;
        this.password = password;
        this.context = context;
        this.loader = loader;
        this.offices = offices;
        this.calendars = calendars;
        this.clock = clock;
        this.total = total;
        this.communes = Math.max(1, Math.min(communes, 999));
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        LocalDate from = today.minusYears(YEARS);
        offices.register(new Agency(PROVINCE, "Tỉnh mẫu (dữ liệu đo hiệu năng)", null, AgencyKind.PROVINCE, from.minusYears(1), null, null));
        var histories = new ArrayList<OfficeHistory>();
        double perDay = total / (communes * WORKING_DAYS_A_YEAR * YEARS);
        for (int i = 1; i <= communes; i++) {
            var code = AgencyCode.of(PROVINCE.value() + "." + "%03d".formatted(i));
            offices.register(new Agency(code, "Xã mẫu số " + i, PROVINCE, AgencyKind.COMMUNE, from.minusYears(1), null, null));
            String n = "%03d".formatted(i);
            var segment = new Segment(from, today.minusDays(1), perDay).online(0.25).survey(0.05);
            segment.exactTotal = (int) (total / communes + (i <= total % communes ? 1 : 0));
            histories.add(new OfficeHistory(code, 1000L + i, List.of("tiepnhan." + n, "canbo.a." + n, "canbo.b." + n),
                    List.of("chuyenvien." + n), List.of("lanhdao." + n), OfficeHistory.COMMUNE_MIX, List.of(segment)));
        }
        calendars.invalidate();
        // the province's leader, to read its dashboard in the benchmarks
        accounts.registerIfAbsent(new StaffAccount(new Username("lanhdao.b01"),
                "Lãnh đạo tỉnh mẫu", PROVINCE, java.util.Set.of(StaffRole.LEADER), true),
                accounts.hash(password), "history");
        long start = System.nanoTime();
        long done = loader.loadAll(histories, readModelsOnly, stored -> progress(stored, start));
        out.printf("%nGenerated %,d dossiers in %.1f s%n", done, (System.nanoTime() - start) / 1e9);
        if (exit) {
            System.exit(org.springframework.boot.SpringApplication.exit(context));
        }
    }

    private synchronized void progress(long stored, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        int width = 40;
        int filled = (int) Math.min(width, stored * width / Math.max(1, total));
        out.printf("\r[%s%s] %3d %% %,d/%,d  %,.0f/s  %.0f s", "#".repeat(filled), " ".repeat(width - filled),
                Math.min(100, stored * 100 / Math.max(1, total)), stored, total, stored / Math.max(seconds, 0.001), seconds);
        out.flush();
    }
}
