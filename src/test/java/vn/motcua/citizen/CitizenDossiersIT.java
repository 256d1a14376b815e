package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * "Hồ sơ của tôi" over real HTTP: a dossier accepted at a counter for a citizen's personal ID number is listed for
 * that citizen with its steps and its form 01, and for nobody else.
 */
@DatabaseTest
class CitizenDossiersIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void a_counter_dossier_is_followed_by_the_citizen_it_names_and_by_nobody_else() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").applicant("Nguyễn Văn An", "001090012345").code(mvc);

        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        var list = citizen.get("/cong-dan/ho-so");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(code);

        var detail = citizen.get("/cong-dan/ho-so/" + code);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(code, "data-testid=\"my-dossier-steps\"", "mẫu 01")
                .doesNotContain("001090012345");
        var receipt = citizen.download("/cong-dan/ho-so/" + code + "/mau-01.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var other = new HttpBrowser(port);
        other.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(other.get("/cong-dan/ho-so").body()).doesNotContain(code);
        assertThat(other.get("/cong-dan/ho-so/" + code).statusCode()).isEqualTo(404);
        assertThat(other.download("/cong-dan/ho-so/" + code + "/mau-01.pdf").statusCode()).isEqualTo(404);
        assertThat(other.get("/cong-dan/ho-so/not-a-code").statusCode()).isEqualTo(404);
    }
}
