package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.plan.domain.PlanFileParser;
import jp.manabi.portal.plan.domain.PlanImportService;
import jp.manabi.portal.plan.domain.PlanSettings;
import jp.manabi.portal.support.IntegrationTest;

/** The staff pages over HTTP, as a browser without JavaScript uses them. */
class PlanAdminTest extends IntegrationTest {

	static final String PASSWORD = "plan-editor-passphrase-2026";

	@Autowired
	AccountService accounts;

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyStaffOpenThePlanAdminPages() throws Exception {
		var anonymous = new PlanHttp(this::url);
		assertThat(anonymous.get("/admin/plans").uri().getPath()).isEqualTo("/login");

		var resident = as(Role.RESIDENT);
		assertThat(resident.get("/admin/plans").statusCode()).isEqualTo(403);
		assertThat(resident.get("/admin/plans/toshima").statusCode()).isEqualTo(403);

		var staff = as(Role.STAFF);
		var list = staff.page("/admin/plans");
		assertThat(list.select("h1").text()).isEqualTo("計画の管理");
		assertThat(list.select("tbody tr")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(staff.page("/admin").select("a[href='/admin/plans']")).hasSize(1);
	}

	@Test
	void onlyAdministratorsChooseThePortalsPlan() throws Exception {
		assertThat(as(Role.STAFF).get("/admin/plans/active").statusCode()).isEqualTo(403);

		var admin = as(Role.ADMIN, Role.STAFF);
		try {
			var page = admin.page("/admin/plans/active");
			assertThat(page.select("input[name=planCode][checked]").val()).isEqualTo("toshima");

			var saved = admin.submit("/admin/plans/active", "/admin/plans/active", Map.of("planCode", "iwaki"));

			assertThat(saved.uri().getPath()).isEqualTo("/admin/plans");
			assertThat(Jsoup.parse(saved.body()).select(".notice").text()).isEqualTo("ポータルの計画を変更しました。");
			assertThat(admin.page("/plan").select("h1").text()).isEqualTo("いわき市生涯学習推進計画");

			var unknown = admin.submit("/admin/plans/active", "/admin/plans/active", Map.of("planCode", "nowhere"));
			assertThat(Jsoup.parse(unknown.body()).select("#planCode-error").text()).isEqualTo("その計画は見つかりません。");
		}
		finally {
			settings.setActivePlan("toshima");
		}
	}

	@Test
	void aSaveOverSomeoneElsesNewerChangeGets409AndOverwritesNothing() throws Exception {
		load("test-lock");
		var staff = as(Role.STAFF);
		long id = nodeId("test-lock", "a-1");
		String form = "/admin/plans/test-lock/nodes/" + id;
		String version = staff.page(form).select("input[name=version]").first().val();

		var first = staff.submit(form, form, Map.of("title", "方針A1（一人目）", "version", version));
		var second = staff.submit(form, form, Map.of("title", "方針A1（二人目）", "version", version));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(first.body()).select(".notice").text()).isEqualTo("保存しました。");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(second.body()).select("h1").text()).isEqualTo("ほかの人が先に変更しました");
		assertThat(title("test-lock", "a-1")).isEqualTo("方針A1（一人目）");
	}

	@Test
	void aMoveThatWouldMakeACycleOrSkipALevelIsRefusedBesideTheField() throws Exception {
		load("test-move");
		var staff = as(Role.STAFF);
		long direction = nodeId("test-move", "a-1");
		long measure = nodeId("test-move", "a-1-①");
		var before = parents("test-move");

		var cycle = move(staff, direction, nodeId("test-move", "a-1-①"));
		var wrongLevel = move(staff, measure, nodeId("test-move", "a"));
		var missing = move(staff, direction, 987_654_321L);

		assertThat(cycle.select("#parentId-error").text())
				.isEqualTo("項目を、自分自身やその下の階層の項目の下へは移動できません。");
		assertThat(wrongLevel.select("#parentId-error").text()).isEqualTo("移動先は2段目の項目から選んでください。");
		assertThat(missing.select("#parentId-error").text()).isEqualTo("移動先の項目が見つかりません。一覧から選んでください。");
		assertThat(parents("test-move")).isEqualTo(before);

		var moved = move(staff, direction, nodeId("test-move", "b"));
		assertThat(moved.select(".notice").text()).isEqualTo("項目を移動しました。");
		assertThat(parents("test-move").get("a-1")).isEqualTo(nodeId("test-move", "b"));
		assertThat(parents("test-move").get("a-1-①")).isEqualTo(direction);
	}

	@Test
	void staffReorderAddArchiveAndRestoreNodes() throws Exception {
		load("test-edit");
		var staff = as(Role.STAFF);
		long goalA = nodeId("test-edit", "a");
		String tree = "/admin/plans/test-edit";
		String versionOfA = staff.page(tree).select("#node-" + goalA + " input[name=version]").first().val();

		staff.submit(tree, "/admin/plans/test-edit/nodes/" + goalA + "/move-down", Map.of("version", versionOfA));
		assertThat(new PlanHttp(this::url).page("/plan/test-edit").select("ul.plan-tree--root > li > details > summary .plan-tree__code")
				.eachText()).containsExactly("b", "a");

		String newChild = "/admin/plans/test-edit/nodes/new?parent=" + nodeId("test-edit", "b-1");
		var taken = staff.submit(newChild, "/admin/plans/test-edit/nodes/new",
				Map.of("parentId", String.valueOf(nodeId("test-edit", "b-1")), "code", "a-1-①", "title", "新しい施策"));
		assertThat(Jsoup.parse(taken.body()).select("#code-error").text())
				.isEqualTo("コード「a-1-①」はこの計画ですでに使われています。");
		var added = staff.submit(newChild, "/admin/plans/test-edit/nodes/new",
				Map.of("parentId", String.valueOf(nodeId("test-edit", "b-1")), "code", "b-1-①", "title", "新しい施策"));
		assertThat(Jsoup.parse(added.body()).select(".notice").text()).isEqualTo("項目を追加しました。");
		assertThat(new PlanHttp(this::url).get("/plan/test-edit/b-1-%E2%91%A0").statusCode()).isEqualTo(200);

		long a2 = nodeId("test-edit", "a-2");
		String nodePage = "/admin/plans/test-edit/nodes/" + a2;
		String version = staff.page(nodePage).select("form[action$=/archive] input[name=version]").val();
		staff.submit(nodePage, nodePage + "/archive", Map.of("version", version));
		var publicTree = new PlanHttp(this::url).page("/plan/test-edit");
		assertThat(publicTree.select(".plan-tree__code").eachText()).doesNotContain("a-2");
		var archivedPage = new PlanHttp(this::url).page("/plan/test-edit/a-2");
		assertThat(archivedPage.select(".plan-notice").text()).contains("アーカイブ済み");

		version = staff.page(nodePage).select("form[action$=/restore] input[name=version]").val();
		staff.submit(nodePage, nodePage + "/restore", Map.of("version", version));
		assertThat(new PlanHttp(this::url).page("/plan/test-edit").select(".plan-tree__code").eachText()).contains("a-2");
	}

	@Test
	void indicatorsTakeOnlyNumbersAndShowAsAChartWithATable() throws Exception {
		load("test-indicator");
		var staff = as(Role.STAFF);
		long id = nodeId("test-indicator", "a-1");
		String form = "/admin/plans/test-indicator/nodes/" + id + "/indicators/new";

		var wrong = staff.submit(form, form, fields("講座の参加者数", "人", "たくさん", "2020", "1500", "2030",
				"2021", "1,250", "2022", "約1300"));
		var page = Jsoup.parse(wrong.body());
		assertThat(page.select("#baselineValue-error").text()).startsWith("数値で入力してください");
		assertThat(page.select("#actual-value-1-error").text()).startsWith("数値で入力してください");
		assertThat(page.select("#actual-value-0-error")).isEmpty();
		assertThat(page.select("#baselineValue").val()).isEqualTo("たくさん");
		assertThat(jdbc.queryForObject("select count(*) from plan_indicator where node_id = ?", Long.class, id)).isZero();

		var saved = staff.submit(form, form, fields("講座の参加者数", "人", "1200", "2020", "1500", "2030",
				"2021", "1,250", "2022", "1300.5"));
		assertThat(Jsoup.parse(saved.body()).select(".notice").text()).isEqualTo("成果目標を追加しました。");

		var node = new PlanHttp(this::url).page("/plan/test-indicator/a-1");
		var svg = node.select("svg.plan-chart__svg[role=img]").first();
		assertThat(svg).isNotNull();
		String labelledBy = svg.attr("aria-labelledby");
		assertThat(node.getElementById(labelledBy.split(" ")[0]).text()).isEqualTo("講座の参加者数の推移");
		assertThat(node.getElementById(labelledBy.split(" ")[1]).text())
				.isEqualTo("基準値 1,200人（2020年度）、目標値 1,500人（2030年度）、2021年度の実績 1,250人、2022年度の実績 1,300.5人");
		assertThat(svg.select("rect.plan-chart__bar")).hasSize(2);
		assertThat(svg.select("line.plan-chart__target")).hasSize(1);
		assertThat(node.select("table.plan-actuals tbody tr").eachText())
				.containsExactly("2021年度 1,250人", "2022年度 1,300.5人");
		assertThat(node.select("table.plan-actuals th[scope=col]")).hasSize(2);
		assertThat(node.select("[style]")).as("no inline styles: the CSP forbids them").isEmpty();
	}

	@Test
	void badUploadsListEveryProblemPreciselyAndChangeNothing() throws Exception {
		var staff = as(Role.STAFF);
		var before = everything();

		var syntax = Jsoup.parse(staff.upload("broken.yaml", TestPlanFiles.bytes("code: toshima\ngoals:\n  - code: \"a\n")).body());
		String duplicate = TestPlanFiles.source("toshima")
				.replace("code: \"a-1-b\"", "code: \"a-1-a\"")
				.replace("title: 活動拠点の機能強化", "title: 活動拠点の機能強化\n            indicators:\n              - name: 拠点数\n                baselineValue: 多数");
		var twoProblems = Jsoup.parse(staff.upload("toshima.yaml", TestPlanFiles.bytes(duplicate)).body());
		byte[] noise = new byte[100 * 1024];
		new Random(7).nextBytes(noise);
		var garbage = Jsoup.parse(staff.upload("garbage.yaml", noise).body());
		byte[] huge = new byte[5 * 1024 * 1024];
		new Random(8).nextBytes(huge);
		var tooLarge = staff.upload("huge.yaml", huge);
		// Between the file limit (2 MB) and the request limit (3 MB), found while reading.
		var fileTooLarge = staff.upload("big.yaml", java.util.Arrays.copyOf(huge, 2 * 1024 * 1024 + 512 * 1024));

		assertThat(syntax.select(".plan-problems li").eachText()).singleElement().asString()
				.startsWith("ファイル全体：4行目").contains("YAMLとして読めません");
		assertThat(twoProblems.select(".plan-problems li").eachText()).containsExactly(
				"goals[0].children[0].children[1].code：コード「a-1-a」は goals[0].children[0].children[0] でも使われています",
				"goals[0].children[0].children[1].indicators[0].baselineValue：数値ではありません：「多数」");
		assertThat(twoProblems.select(".error-summary h3").text()).contains("「toshima.yaml」は取り込みませんでした", "2件");
		assertThat(garbage.select(".plan-problems li").eachText()).singleElement().asString()
				.startsWith("ファイル全体：UTF-8のテキストではありません");
		// Sent back (303, followed) to the list page that holds the form, which says why.
		assertThat(tooLarge.statusCode()).isEqualTo(200);
		assertThat(tooLarge.uri().getPath() + "?" + tooLarge.uri().getQuery()).isEqualTo("/admin/plans?uploadTooLarge=true");
		assertThat(Jsoup.parse(tooLarge.body()).select(".plan-problems li").eachText())
				.containsExactly("ファイル全体：ファイルが2 MBを超えています");
		assertThat(fileTooLarge.statusCode()).isEqualTo(200);
		assertThat(fileTooLarge.uri().getQuery()).isEqualTo("uploadTooLarge=true");
		assertThat(Jsoup.parse(fileTooLarge.body()).select(".plan-problems li").eachText())
				.containsExactly("ファイル全体：ファイルが2 MBを超えています");
		assertThat(everything()).isEqualTo(before);
	}

	@Test
	void anExportedPlanUploadedAgainIsIdentical() throws Exception {
		var staff = as(Role.STAFF);

		var export = staff.getBytes("/admin/plans/toshima/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"toshima.yaml\"");
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
		String exported = new String(export.body(), StandardCharsets.UTF_8);
		var before = everything();

		var uploaded = staff.upload("toshima.yaml", export.body());
		String again = new String(staff.getBytes("/admin/plans/toshima/export").body(), StandardCharsets.UTF_8);

		assertThat(uploaded.uri().getPath()).isEqualTo("/admin/plans/toshima");
		assertThat(Jsoup.parse(uploaded.body()).select(".notice").text())
				.isEqualTo("計画ファイルを確認しました。内容はポータルの計画と同じため、何も変更していません。");
		assertThat(again).isEqualTo(exported);
		var parser = new PlanFileParser();
		assertThat(parser.parse(export.body()).document())
				.isEqualTo(parser.parse(again.getBytes(StandardCharsets.UTF_8)).document());
		assertThat(everything()).isEqualTo(before);
	}

	@Test
	void everyStaffPageOfAPlanAnswers() throws Exception {
		load("test-pages");
		var staff = as(Role.STAFF);
		long id = nodeId("test-pages", "a-1");

		assertThat(staff.page("/admin/plans/test-pages").select(".plan-admin-tree__item")).hasSize(7);
		assertThat(staff.page("/admin/plans/test-pages/nodes/" + id).select("textarea#title").text()).isEqualTo("方針A1");
		assertThat(staff.page("/admin/plans/test-pages/nodes/new").select("h1").text()).isEqualTo("目標の追加");
		assertThat(staff.page("/admin/plans/test-pages/nodes/" + id + "/indicators/new").select("input#name")).hasSize(1);
		assertThat(staff.get("/admin/plans/test-pages/nodes/" + nodeId("test-pages", "a-1-①-a") + "?x").statusCode())
				.isEqualTo(200);
		assertThat(staff.get("/admin/plans/test-pages/nodes/new?parent=" + nodeId("test-pages", "a-1-①-a")).statusCode())
				.as("an action has no child level").isEqualTo(404);
		assertThat(staff.get("/admin/plans/nowhere").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/plans/toshima/nodes/" + id).statusCode()).as("a node of another plan").isEqualTo(404);
	}

	private static Map<String, String> fields(String name, String unit, String baseline, String baselineYear,
			String target, String targetYear, String... yearValuePairs) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name", name);
		fields.put("unit", unit);
		fields.put("baselineValue", baseline);
		fields.put("baselineYear", baselineYear);
		fields.put("targetValue", target);
		fields.put("targetYear", targetYear);
		fields.put("version", "0");
		for (int i = 0; i < yearValuePairs.length / 2; i++) {
			fields.put("actuals[" + i + "].year", yearValuePairs[2 * i]);
			fields.put("actuals[" + i + "].value", yearValuePairs[2 * i + 1]);
		}
		return fields;
	}

	private org.jsoup.nodes.Document move(PlanHttp staff, long nodeId, long parentId) throws Exception {
		String page = "/admin/plans/test-move/nodes/" + nodeId;
		String version = staff.page(page).select("form[action$=/move] input[name=version]").val();
		var response = staff.submit(page, page + "/move",
				Map.of("parentId", String.valueOf(parentId), "version", version));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private PlanHttp as(Role... roles) throws Exception {
		String email = "plan-" + UUID.randomUUID() + "@example.jp";
		accounts.createVerified(email, PASSWORD,
				new PersonalDetails("計画 試験", "けいかく しけん", null, null, Residency.OTHER, null, "ja"),
				EnumSet.copyOf(List.of(roles)));
		return new PlanHttp(this::url).logIn(email, PASSWORD);
	}

	private void load(String code) {
		assertThat(importer.importUpload(code + ".yaml", TestPlanFiles.bytes(TestPlanFiles.small(code)), null)
				.problems()).isEmpty();
	}

	private long nodeId(String planCode, String code) {
		return jdbc.queryForObject(
				"select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = ? and n.code = ?",
				Long.class, planCode, code);
	}

	private String title(String planCode, String code) {
		return jdbc.queryForObject(
				"select n.title from plan_node n join plan p on p.id = n.plan_id where p.code = ? and n.code = ?",
				String.class, planCode, code);
	}

	private Map<String, Long> parents(String planCode) {
		var parents = new java.util.TreeMap<String, Long>();
		jdbc.query("select n.code, n.parent_id from plan_node n join plan p on p.id = n.plan_id where p.code = ?",
				rs -> {
					parents.put(rs.getString(1), (Long) rs.getObject(2));
				}, planCode);
		return parents;
	}

	/** Every plan row the portal has, versions included. */
	private List<List<Map<String, Object>>> everything() {
		var all = new ArrayList<List<Map<String, Object>>>();
		all.add(jdbc.queryForList("select id, version, code, title, status, content_hash from plan order by id"));
		all.add(jdbc.queryForList("select * from plan_node order by id"));
		all.add(jdbc.queryForList("select * from plan_indicator order by id"));
		all.add(jdbc.queryForList("select * from plan_indicator_actual order by indicator_id, fiscal_year"));
		all.add(jdbc.queryForList("select setting_key, setting_value from portal_setting order by setting_key"));
		return all;
	}
}
