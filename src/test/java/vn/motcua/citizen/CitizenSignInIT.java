package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * Over real HTTP, as a browser: a citizen signs in through the demo's OpenID Connect provider; the account is made
 * from the provider's claims; a citizen is never a member of staff, nor a member of staff a citizen.
 */
@DatabaseTest
class CitizenSignInIT {

    private static final String STAFF_PASSWORD = "MotCua@2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_citizen_signs_in_with_the_provider_and_the_account_is_made_from_its_claims() throws Exception {
        var browser = new HttpBrowser(port);
        HttpResponse<String> home = browser.signInAsCitizen("congdan.binh", "CongDan@2026");

        assertThat(home.uri().getPath()).isEqualTo("/cong-dan");
        assertThat(home.body()).contains("Trần Thị Bình", "*********321").doesNotContain("001185004321");
        var account = jdbc.sql("select id, full_name, birth_date::text from citizen_account where personal_id_number = ?")
                .param("001185004321").query((rows, n) -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)})
                .single();
        assertThat(account[1]).isEqualTo("Trần Thị Bình");
        assertThat(account[2]).isEqualTo("1985-11-03");
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action in ('citizen.account.created', "
                + "'citizen.signed-in')").param("citizen:" + account[0]).query(Integer.class).single()).isPositive();

        // the same person again: the same account
        new HttpBrowser(port).signInAsCitizen("congdan.binh", "CongDan@2026");
        assertThat(jdbc.sql("select count(*) from citizen_account where personal_id_number = '001185004321'")
                .query(Integer.class).single()).isOne();
    }

    @Test
    void a_citizen_opens_no_staff_page_and_signing_out_keeps_nothing() throws Exception {
        var browser = new HttpBrowser(port);
        browser.signInAsCitizen("congdan.an", "CongDan@2026");

        assertThat(browser.get("/ho-so").uri().getPath()).isEqualTo("/dang-nhap");
        assertThat(browser.get("/quan-tri/can-bo").uri().getPath()).isEqualTo("/dang-nhap");
        assertThat(browser.get("/api/v1/dossiers").statusCode()).isEqualTo(401);

        String page = browser.get("/cong-dan").body();
        browser.post("/cong-dan/dang-xuat", "_csrf=" + HttpBrowser.csrf(page));
        assertThat(browser.get("/cong-dan").uri().getPath()).isEqualTo("/cong-dan/dang-nhap");
    }

    @Test
    void a_member_of_staff_is_not_a_citizen() throws Exception {
        var browser = new HttpBrowser(port);
        String login = browser.get("/dang-nhap").body();
        browser.post("/dang-nhap", "username=tiepnhan&password=" + HttpBrowser.encode(STAFF_PASSWORD) + "&_csrf=" + HttpBrowser.csrf(login));
        assertThat(browser.get("/ho-so").statusCode()).isEqualTo(200);

        assertThat(browser.get("/cong-dan").uri().getPath()).isEqualTo("/cong-dan/dang-nhap");
    }

    @Test
    void the_demo_provider_refuses_a_wrong_password_and_staff_accounts() throws Exception {
        var wrong = new HttpBrowser(port).signInAsCitizen("congdan.an", "wrong-" + UUID.randomUUID());
        assertThat(wrong.uri().getPath()).isEqualTo("/demo-idp/dang-nhap");
        assertThat(wrong.uri().getQuery()).isEqualTo("error");

        var staff = new HttpBrowser(port).signInAsCitizen("tiepnhan", STAFF_PASSWORD);
        assertThat(staff.uri().getPath()).isEqualTo("/demo-idp/dang-nhap");
        assertThat(staff.body()).contains("không phải VNeID");
    }
}
