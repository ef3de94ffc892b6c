package jp.manabi.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A journey in a real Chromium (Debian's, see .ci/run) against the running app. Every page a
 * journey visits should be checked with {@link #assertAccessible()}.
 */
public abstract class BrowserTest extends IntegrationTest {

	/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	public static final int PHONE_WIDTH = 390;
	public static final int DESKTOP_WIDTH = 1280;

	private static Playwright playwright;
	private static Browser browser;

	protected BrowserContext context;
	protected Page page;

	private static synchronized Browser browser() {
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
					.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			String chromium = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
			browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	@BeforeEach
	void openBrowser() {
		context = browser().newContext(new Browser.NewContextOptions().setLocale("ja-JP")
				.setViewportSize(PHONE_WIDTH, 844));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	protected void open(String path) {
		page.navigate(url(path));
	}

	/**
	 * Logs in through the login page and, when the app asks for it, the second step (the code
	 * from the account's secret, see {@link TwoFactorCodes}, or the enrolment of a staff account
	 * without one).
	 */
	protected void logInAs(String email, String password) {
		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("main button[type=submit]").first().click();
		completeTwoFactor(email);
	}

	/**
	 * Call right after submitting the login form: waits for the answer and, if it is the
	 * two-factor page, gives the code (or enrols, then goes on from the recovery codes to
	 * マイページ). Does nothing for accounts without a second factor.
	 */
	protected void completeTwoFactor(String email) {
		try {
			page.waitForURL(address -> !path(address).equals("/login"), new Page.WaitForURLOptions().setTimeout(10_000));
		}
		catch (com.microsoft.playwright.TimeoutError stillOnLogin) {
			return; // a refused login: the test looks at the message
		}
		String path = path(page.url());
		if (path.equals("/login/two-factor")) {
			page.locator("#code").fill(TwoFactorCodes.next(email));
			page.locator("main button[type=submit]").first().click();
			page.waitForURL(address -> !path(address).startsWith("/login"));
		}
		else if (path.equals("/login/two-factor/enrol")) {
			TwoFactorCodes.remember(email, page.locator("#two-factor-secret").textContent().strip());
			page.locator("#code").fill(TwoFactorCodes.next(email));
			page.locator("main button[type=submit]").first().click();
			page.waitForURL(address -> path(address).equals("/mypage/security/recovery-codes"));
			page.locator("main a.button").first().click();
			page.waitForURL(address -> path(address).equals("/mypage"));
		}
	}

	private static String path(String address) {
		return java.net.URI.create(address).getPath();
	}

	/**
	 * Runs axe-core on the current page and fails with every WCAG A/AA violation it finds. Waits
	 * for the page to have loaded first: after a form's redirect the new page's elements can be
	 * found before its stylesheet applies, and unstyled links are too small to touch.
	 */
	protected void assertAccessible() {
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> "axe-core violations on " + page.url() + ":\n" + describe(violations))
				.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
								.collect(Collectors.joining(", ")))
				.collect(Collectors.joining("\n"));
	}
}
