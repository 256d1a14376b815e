package vn.motcua.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit extension giving each test a fresh {@link Page} (its own cookies) on Debian's Chromium,
 * with the application's base URL. Also offers screenshots and an axe-core scan.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MOTCUA_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
            // a calling board plays its spoken calls by itself, as the office's TV is set up to (README)
            "--autoplay-policy=no-user-gesture-required");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium not found at " + CHROMIUM + ": browser tests cannot run. "
                    + "Install Debian's chromium package or set MOTCUA_CHROMIUM.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI=true: browser tests are mandatory)");
            }
            System.err.println("\n!!!!! SKIPPING BROWSER TESTS: " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(FLAGS));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        var environment = SpringExtension.getApplicationContext(extension).getEnvironment();
        String baseUrl = "http://localhost:" + environment.getProperty("local.server.port");
        // each Page parameter is a browser of its own (a kiosk, a counter and a board at once)
        var context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("vi-VN")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    /** The demo password of every demo account. */
    public static final String DEMO_PASSWORD = "MotCua@2026";

    /** Signs in through the sign-in page with the given password. */
    public static void signIn(Page page, String username, String password) {
        page.navigate("/dang-nhap");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    /** Signs in as a demo account. */
    public static void signIn(Page page, String username) {
        signIn(page, username, DEMO_PASSWORD);
    }

    /** A fresh browser session of a staff member, on the given page. */
    public static void staffOpens(Page page, String username, String path) {
        page.context().clearCookies();
        signIn(page, username);
        page.navigate(path);
    }

    /** A fresh browser session of a demo citizen, signed in through the demo identity provider. */
    public static void citizenSignsIn(Page page, String username) {
        page.context().clearCookies();
        page.navigate("/cong-dan/dang-nhap");
        page.getByTestId("citizen-sign-in").click();
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("CongDan@2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The axe-core violations of impact serious or critical on the current page. */
    public static List<String> seriousAccessibilityViolations(Page page) {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
