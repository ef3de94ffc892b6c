package jp.manabi.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.plan.domain.IndicatorContent;
import jp.manabi.portal.plan.domain.PlanEditing;
import jp.manabi.portal.plan.domain.PlanImportService;
import jp.manabi.portal.support.BrowserTest;

/**
 * A resident walks the active plan's tree in Japanese and English, without a mouse where it
 * matters; then staff edit a node and see the change on the public page. axe-core on every page.
 */
class PlanJourneyTest extends BrowserTest {

	private static final String PASSWORD = "plan-editor-passphrase-2026";

	@Autowired
	AccountService accounts;

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanEditing editing;

	@Test
	void aResidentWalksThePlanInJapaneseAndEnglish() {
		open("/");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("計画")).click();
		assertThat(page).hasTitle("豊島区生涯学習推進計画｜豊島区 まなびポータル");
		assertThat(page.locator("h1")).hasText("豊島区生涯学習推進計画");
		assertAccessible();

		// The goal starts open; a policy opens with a click, another with the keyboard.
		Locator measure = page.locator("summary", new Page.LocatorOptions().setHasText("多様な学習機会の提供"));
		assertThat(measure).isHidden();
		summaryOf("a-1").click();
		assertThat(measure).isVisible();
		Locator connect = summaryOf("a-2");
		connect.focus();
		page.keyboard().press("Enter");
		assertThat(summaryOf("a-2-a")).isVisible();
		// The goal closes and opens again by keyboard too.
		Locator goal = page.locator("ul.plan-tree--root > li > details > summary");
		goal.focus();
		page.keyboard().press("Space");
		assertThat(measure).isHidden();
		page.keyboard().press("Space");
		assertThat(measure).isVisible();
		assertAccessible();

		page.locator("a[href='/plan/toshima/a-1']").click();
		assertThat(page.locator("h1")).hasText("つどう");
		assertThat(page.locator(".plan-eyebrow")).containsText("方針");
		assertThat(page.locator(".plan-links h3")).hasText(new String[] { "講座", "サークル・団体の活動", "ボランティアの募集",
				"学習相談のテーマ" });
		assertAccessible();

		page.locator(".plan-children a[href='/plan/toshima/a-1-a']").click();
		page.locator(".plan-children a[href='/plan/toshima/a-1-a-a']").click();
		assertThat(page.locator(".plan-breadcrumb li")).hasCount(5);
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".plan-eyebrow")).containsText("Initiative");
		assertThat(page.locator(".plan-breadcrumb")).containsText("Goal");
		assertThat(page.locator(".plan-breadcrumb")).containsText("Measure");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the structure of the plan")).click();
		assertThat(page.locator(".plan-levels li")).hasText(new String[] { "Goal", "Policy", "Measure", "Initiative" });
		assertThat(page.locator("#tree-heading")).hasText("Structure of the plan");
		assertAccessible();

		// Another plan, with its own level names and a period.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("第4次多摩市生涯学習推進計画(素案)")).click();
		assertThat(page.locator(".plan-levels li")).hasText(new String[] { "Direction", "Promotion Item",
				"Individual Measure", "Project" });
		assertThat(page.locator(".plan-facts")).containsText("FY2021 to FY2030");
		assertAccessible();
	}

	@Test
	void anIndicatorChartIsAccessible() {
		String plan = """
				code: test-journey
				municipality: 試験市
				title: 試験の計画
				levels: [目標, 方針, 施策, 取組]
				goals:
				  - code: "a"
				    title: 目標A
				    children:
				      - code: "a-1"
				        title: 方針A1
				""";
		importer.importUpload("test-journey.yaml", plan.getBytes(StandardCharsets.UTF_8), null);
		long nodeId = jdbcNodeId();
		var actuals = new TreeMap<Integer, BigDecimal>();
		actuals.put(2021, new BigDecimal("1250"));
		actuals.put(2022, new BigDecimal("1310"));
		actuals.put(2023, new BigDecimal("1405.5"));
		editing.addIndicator("test-journey", nodeId, new IndicatorContent("講座の参加者数", "人", new BigDecimal("1200"),
				2020, new BigDecimal("1500"), 2030, actuals));

		open("/plan/test-journey/a-1");
		assertThat(page.locator("svg.plan-chart__svg[role=img]")).isVisible();
		assertThat(page.locator("svg.plan-chart__svg rect.plan-chart__bar")).hasCount(3);
		assertThat(page.locator("table.plan-actuals tbody tr")).hasCount(3);
		assertAccessible();

		open("/plan/test-journey/a-1?lang=en");
		assertThat(page.locator("table.plan-actuals tbody tr").first()).hasText("FY2021 1,250 人");
		assertAccessible();
	}

	@Test
	void staffEditANodeAndSeeItOnThePublicPage() {
		String email = "plan.editor.journey@example.jp";
		accounts.createVerified(email, PASSWORD,
				new PersonalDetails("計画 編集者", "けいかく へんしゅうしゃ", null, null, Residency.OTHER, null, "ja"),
				EnumSet.of(Role.STAFF));

		open("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		completeTwoFactor(email);
		assertThat(page.locator("h1")).hasText("マイページ");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("管理画面")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("計画の管理")).click();
		assertThat(page.locator("h1")).hasText("計画の管理");
		assertAccessible();

		// A bad file first: every problem listed, with its path.
		page.locator("#file").setInputFiles(new FilePayload("broken.yaml", "application/yaml",
				"code: toshima\ngoals:\n  - title: 名前だけ\n".getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
		assertThat(page.locator(".plan-problems li")).hasText(new String[] { "ファイル全体：municipality がありません",
				"ファイル全体：title がありません", "ファイル全体：levels がありません", "goals[0]：code がありません" });
		assertAccessible();

		page.locator("a[href='/admin/plans/toshima']").click();
		assertThat(page.locator("h1")).hasText("豊島区生涯学習推進計画の編集");
		assertAccessible();

		page.locator("#node-" + nodeIdOf("a-1-d") + " > .plan-admin-tree__row a").click();
		assertThat(page.locator("h1")).hasText("施策 a-1-d の編集");
		assertAccessible();

		page.locator("#title").fill("地域資源の発見と活用（ジャーニー）");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator(".notice")).hasText("保存しました。");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("成果目標を追加する")).click();
		assertThat(page.locator("h1")).hasText("成果目標を追加する");
		page.locator("#name").fill("地域資源の講座数");
		page.locator("#baselineValue").fill("いくつか");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator("#baselineValue-error")).containsText("数値で入力してください");
		assertAccessible();
		page.goBack();
		page.goBack();

		open("/plan/toshima/a-1-d");
		assertThat(page.locator("h1")).hasText("地域資源の発見と活用（ジャーニー）");
		assertAccessible();

		// Put the title back, so the plan reads as its source again.
		open("/admin/plans/toshima/nodes/" + nodeIdOf("a-1-d"));
		page.locator("#title").fill("地域資源の発見と活用");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator(".notice")).hasText("保存しました。");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private Locator summaryOf(String code) {
		return page.locator("summary:has(.plan-tree__code:text-is('" + code + "'))");
	}

	private long jdbcNodeId() {
		return jdbc.queryForObject("select n.id from plan_node n join plan p on p.id = n.plan_id "
				+ "where p.code = 'test-journey' and n.code = 'a-1'", Long.class);
	}

	private long nodeIdOf(String code) {
		Long id = jdbc.queryForObject("select n.id from plan_node n join plan p on p.id = n.plan_id "
				+ "where p.code = 'toshima' and n.code = ?", Long.class, code);
		assertThat(id).isNotNull();
		return id;
	}
}
