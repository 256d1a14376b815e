package vn.motcua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.motcua.calendar.CalendarChange;
import vn.motcua.calendar.CalendarEditor;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.support.DatabaseTest;
import vn.motcua.queue.CounterCalls;
import vn.motcua.queue.QueueTickets;
import vn.motcua.support.OtherInstance;
import vn.motcua.support.QueueOfficeFixture;
import vn.motcua.support.StaffAccountFixture;

/**
 * Two instances of the application on one database, as behind a load balancer: what one changes, the other sees
 * within a second. The test's own context is instance A; instance B is started on A's database.
 */
@DatabaseTest
class SharedStateIT {

    static ConfigurableApplicationContext other;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    CalendarEditor editor;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Offices offices;

    @Autowired
    Desks desks;

    @Autowired
    QueueTickets tickets;

    @Autowired
    CounterCalls calls;

    @BeforeAll
    static void startTheOtherInstance(@Autowired DataSource dataSource) {
        other = OtherInstance.on(dataSource);
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void a_calendar_edit_on_one_instance_changes_the_due_dates_of_the_other_within_a_second() {
        var office = AgencyCode.of("H99.05");
        var elsewhere = other.getBean(WorkingCalendars.class);
        // a Thursday of a year no earlier run used: CI runs the suite twice on one database
        LocalDate thursday = LocalDate.of(2100 + Integer.parseInt(vn.motcua.support.RunUnique.digits(3)) % 800, 3, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        assertThat(elsewhere.of(office).orElseThrow().day(thursday).closing()).isEqualTo(java.time.LocalTime.of(17, 0));
        var admin = (OfficeMember) users.loadUserByUsername("quantri.05");
        int version = calendars.settings(office).orElseThrow().version();
        editor.change(office, version, admin, new CalendarChange.AddExtraSession(new ExtraSession(
                new WorkingSession(java.time.LocalTime.of(17, 0), java.time.LocalTime.of(18, 0), "Giờ thứ 9 (thử)"),
                Set.of(DayOfWeek.THURSDAY), thursday, thursday)));
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(elsewhere.of(office).orElseThrow().day(thursday).closing()).isEqualTo(java.time.LocalTime.of(18, 0)));
    }

    @Test
    void an_account_disabled_on_one_instance_cannot_sign_in_on_the_other_within_a_second() {
        StaffAccount account = StaffAccountFixture.aStaffAccount().in("H99.05").build();
        accounts.open(account, "MotCua@2026-thu", "quantri.05");
        var elsewhere = other.getBean(UserDetailsService.class);
        assertThat(elsewhere.loadUserByUsername(account.username().value()).isEnabled()).isTrue();
        accounts.change(new StaffAccount(account.username(), account.fullName(), account.office(), account.roles(), false),
                "quantri.05");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(elsewhere.loadUserByUsername(account.username().value()).isEnabled()).isFalse());
    }

    @Autowired
    vn.motcua.platform.database.SharedRates rates;

    @Test
    void a_rate_is_counted_once_for_every_instance() {
        var here = rates.limiter("test-shared", 10, Duration.ofHours(1));
        var there = other.getBean(vn.motcua.platform.database.SharedRates.class).limiter("test-shared", 10, Duration.ofHours(1));
        String address = "198.51." + vn.motcua.support.RunUnique.octet() + "." + vn.motcua.support.RunUnique.octet();
        for (int i = 0; i < 5; i++) {
            assertThat(here.tryAcquire(address)).isTrue();
            assertThat(there.tryAcquire(address)).isTrue();
        }
        assertThat(here.tryAcquire(address)).as("the eleventh, on either instance").isFalse();
        assertThat(there.tryAcquire(address)).isFalse();
        assertThat(there.tryAcquire(address + "-other")).isTrue();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void a_session_opened_on_one_instance_works_on_the_other_and_ends_everywhere_when_the_account_is_disabled()
            throws Exception {
        StaffAccount account = StaffAccountFixture.aStaffAccount().in("H99.05").build();
        accounts.open(account, "MotCua@2026-thu", "quantri.05");
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String here = "http://localhost:" + port;
        String there = "http://localhost:" + other.getEnvironment().getProperty("local.server.port");
        String page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(here + "/dang-nhap")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + account.username().value() + "&password=MotCua%402026-thu&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        var signIn = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(here + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // the same cookie on the other instance: still signed in (cookies are per host, not per port)
        assertThat(status(http, there + "/ho-so")).isEqualTo(200);
        accounts.change(new StaffAccount(account.username(), account.fullName(), account.office(), account.roles(), false),
                "quantri.05");
        assertThat(status(http, there + "/ho-so")).as("the session ended on every instance").isEqualTo(302);
        assertThat(status(http, here + "/ho-so")).isEqualTo(302);
    }

    private static int status(java.net.http.HttpClient http, String url) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept", "text/html").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_call_at_a_counter_of_one_instance_reaches_a_board_connected_to_the_other_within_a_second() throws Exception {
        var queue = QueueOfficeFixture.newOffice(offices, desks, accounts, users);
        var desk = queue.member(StaffRole.RECEPTION);
        var ticket = tickets.takeAtDesk(desk, "Hộ tịch", null).ticket();
        int port = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
        var received = new LinkedBlockingQueue<String>();
        var http = HttpClient.newHttpClient();
        var stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/man-hinh/" + queue.office()
                + "/su-kien")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        var reader = Thread.ofVirtual().start(() -> stream.body().filter(line -> line.startsWith("data:")).forEach(received::add));
        try {
            assertThat(received.poll(5, TimeUnit.SECONDS)).as("the board at once").contains("\"counters\"");
            long calledAt = System.nanoTime();
            calls.callNext(desk, 1).orElseThrow();
            String shown = received.poll(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - calledAt) / 1_000_000;
            assertThat(shown).contains("\"number\":\"" + ticket.shown() + "\"", ticket.id().toString());
            assertThat(millis).as("shown on the other instance's board within a second").isLessThan(1000);
        } finally {
            reader.interrupt();
            stream.body().close();
        }
    }
}
