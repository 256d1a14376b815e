package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;

/**
 * The hall of Ba Vì on a Thursday in its 9th hour, three screens at once: a citizen takes a priority ticket at the
 * kiosk; the officer at counter 1 calls it; the board on the wall shows it and reads it out; the officer accepts the
 * citizen's dossier, which links itself to the ticket, and finishes; the board frees the counter.
 */
@BrowserTest
@Import(MovableTime.class)
class QueueBoardBrowserTest {

    @Test
    void a_ticket_is_taken_called_shown_and_read_out_on_the_board_and_linked_to_the_dossier_accepted(Page kiosk, Page counter,
            Page board) {
        MovableTime.set("2026-12-10T17:10");
        Browser.staffOpens(counter, "quantri.04", "/quan-tri/kiosk");
        counter.getByLabel("Tên máy").fill("Ki-ốt giờ thứ 9");
        counter.getByTestId("issue-kiosk").click();
        String address = counter.getByTestId("kiosk-address").textContent().strip();

        board.setViewportSize(1920, 1080);
        board.navigate("/man-hinh/H99.04");
        assertThat(board.getByTestId("board-counter-1")).isVisible();

        kiosk.setViewportSize(1080, 1920);
        kiosk.navigate(address);
        kiosk.getByLabel("Người cao tuổi").check();
        kiosk.getByTestId("kiosk-field").getByText("Hộ tịch").click();
        String number = kiosk.getByTestId("ticket-number").textContent().strip();
        var id = Pattern.compile("/ve/([0-9a-f-]{36})").matcher(kiosk.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String ticket = id.group(1);

        Browser.staffOpens(counter, "tiepnhan.04", "/quay?so=1");
        // earlier runs on the same database may have left a citizen at the counter or priority tickets waiting
        for (int i = 0; i < 30; i++) {
            if (counter.getByTestId("no-show").count() > 0) {
                counter.getByTestId("no-show").click();
            } else if (counter.getByTestId("finish").count() > 0) {
                counter.getByTestId("finish").click();
            }
            counter.getByTestId("call-next").focus();
            counter.keyboard().press("Enter");
            if (number.equals(counter.getByTestId("current-number").textContent().strip())) {
                break;
            }
        }
        assertThat(counter.getByTestId("current-number")).hasText(number);

        assertThat(board.getByTestId("board-counter-1")).hasText(number);
        assertThat(board.getByTestId("board-calls").locator("li").first()).containsText(number);
        assertThat(board.getByTestId("board-spoken")).hasText(Pattern.compile("Mời công dân có số " + Integer.parseInt(number)
                + " đến quầy số 1"));
        assertThat(board.locator("[data-board]")).hasAttribute("data-last-spoken", ticket + ":1");
        Browser.screenshot(board, "queue-board-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(board)).isEmpty();
        // the network drops: the board says so, then catches up with the call made meanwhile
        board.context().setOffline(true);
        assertThat(board.getByTestId("board-offline")).isVisible();
        counter.getByTestId("recall").click();
        board.context().setOffline(false);
        assertThat(board.getByTestId("board-offline")).isHidden();
        assertThat(board.locator("[data-board]")).hasAttribute("data-last-spoken", ticket + ":2");
        var wav = board.request().get("/man-hinh/H99.04/loi-goi/" + ticket + ".wav");
        org.assertj.core.api.Assertions.assertThat(wav.headers().get("content-type")).isEqualTo("audio/wav");
        org.assertj.core.api.Assertions.assertThat(new String(wav.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");

        counter.navigate("/tiep-nhan");
        counter.getByLabel("Thủ tục (gõ tên không dấu hoặc mã)").pressSequentially("dang ky lai khai sinh");
        counter.getByTestId("procedure-results").getByText("Đăng ký lại khai sinh").click();
        counter.getByLabel("Họ tên / tên tổ chức").fill("Vũ Thị Lành");
        counter.getByLabel("Số định danh cá nhân (12 số)").first().fill("031158001234");
        counter.getByLabel("Số điện thoại").fill("0903123456");
        counter.getByLabel("Bản quét giấy tờ (PDF, JPEG, PNG)").setInputFiles(new FilePayload("giay-khai-sinh.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        counter.getByTestId("accept").click();
        assertThat(counter.getByTestId("accepted")).isVisible();
        String code = counter.getByTestId("dossier-code").textContent().strip();

        counter.navigate("/quay?so=1");
        assertThat(counter.getByTestId("ticket-dossiers")).containsText(code);
        assertThat(board.getByTestId("board-counter-1")).hasText(number);
        counter.getByTestId("finish").click();
        assertThat(counter.getByTestId("call-next")).isVisible();
        assertThat(board.getByTestId("board-counter-1")).hasText("—");

        board.setViewportSize(360, 740);
        Browser.screenshot(board, "queue-board-360-vi");
        counter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quầy").setExact(true)).count();
    }
}
