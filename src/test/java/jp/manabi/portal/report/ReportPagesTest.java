package jp.manabi.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;

/** The dashboard's pages and files over HTTP, who may see them, and the residents' figures page. */
class ReportPagesTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private WebSession loggedIn(TestAccounts.Created who) {
		WebSession web = session();
		assertThat(web.logIn(who.email(), who.password()).statusCode()).isEqualTo(302);
		return web;
	}

	private long toshimaNode(String code) {
		return jdbc.sql("select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = 'toshima' and n.code = :c")
				.param("c", code).query(Long.class).single();
	}

	private long toshimaNodes(int level) {
		return jdbc.sql("""
				select count(*) from plan_node n join plan p on p.id = n.plan_id
				where p.code = 'toshima' and n.archived_at is null and (:level = 0 or n.level = :level)""")
				.param("level", level).query(Long.class).single();
	}

	@Test
	void residentsMayNotSeeTheDashboard() {
		WebSession resident = loggedIn(accounts.resident());
		assertThat(resident.get("/admin/report").statusCode()).isEqualTo(403);
		assertThat(resident.get("/admin/report/export.csv").statusCode()).isEqualTo(403);
		assertThat(session().get("/admin/report").statusCode()).isEqualTo(302);
	}

	@Test
	void staffSeeTheDashboardTheDrillDownAndThePrintableReport() {
		WebSession staff = loggedIn(accounts.staff());
		var dashboard = staff.get("/admin/report");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(dashboard.body());
		assertThat(page.select("h1").text()).isEqualTo("計画の進行管理");
		assertThat(page.select("section.progress-node")).hasSize((int) toshimaNodes(0) + 1);
		assertThat(page.select("svg[role=img] title")).isNotEmpty();
		assertThat(page.select("svg[role=img] desc").first().text()).contains("実施した講座");
		assertThat(page.select("table.progress-figures tr[data-figure=COURSES_HELD]")).isNotEmpty();
		// The plan's own level names.
		assertThat(page.select(".progress-level").eachText()).contains("方針 a-1");
		// Only administrators are offered a recompute.
		int previous = FiscalYear.of(LocalDate.now(ReportFixture.JAPAN)).previous().startYear();
		assertThat(Jsoup.parse(staff.get("/admin/report?year=" + previous).body()).select("form.progress-recompute"))
				.isEmpty();
		assertThat(staff.post("/admin/report/recompute",
				Map.of("year", String.valueOf(previous), "_csrf", staff.csrfFrom("/admin/report"))).statusCode())
				.isEqualTo(403);

		var node = staff.get("/admin/report/nodes/" + toshimaNode("a-1"));
		assertThat(node.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(node.body()).select("h2").eachText()).contains("講座", "サークル・団体", "ボランティア募集");
		assertThat(staff.get("/admin/report/nodes/999999999").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/report?year=2999").statusCode()).isEqualTo(404);

		var print = staff.get("/admin/report/print");
		assertThat(print.statusCode()).isEqualTo(200);
		Document printed = Jsoup.parse(print.body());
		assertThat(printed.select("link[media=print]").attr("href")).isEqualTo("/css/report-print.css");
		assertThat(printed.select(".progress-print__levels li").eachText()).containsExactly("目標", "方針", "施策", "取組み");
		assertThat(printed.select("[style]")).isEmpty();
	}

	@Test
	void anAdministratorRecomputesAFinishedYear() {
		WebSession admin = loggedIn(accounts.admin());
		int previous = FiscalYear.of(LocalDate.now(ReportFixture.JAPAN)).previous().startYear();
		String page = admin.get("/admin/report?year=" + previous).body();
		assertThat(Jsoup.parse(page).select("form.progress-recompute")).isNotEmpty();
		var done = admin.submit("/admin/report?year=" + previous, "/admin/report/recompute",
				Map.of("year", String.valueOf(previous)));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/admin/report?year=" + previous);
	}

	@Test
	void theCsvHasAByteOrderMarkAHeaderInTheReadersLanguageAndARowPerNode() {
		var staffAccount = accounts.staff();
		WebSession staff = loggedIn(staffAccount);
		var csv = staff.get("/admin/report/export.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF階層,番号,名称,実施した講座,実施した回数,申込み");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(1 + 1 + (int) toshimaNodes(0));
		assertThat(lines.get(1)).startsWith("計画全体,toshima,");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and subject_type = 'report' and actor_account_id = :a")
				.param("a", staffAccount.id()).query(Long.class).single()).isEqualTo(1L);

		var english = loggedIn(accounts.staff()).acceptLanguage("en").get("/admin/report/export.csv");
		assertThat(english.body()).startsWith("\uFEFFLevel,Code,Title,Courses held,Sessions held,Applications");
	}

	@Test
	void theWorkbookHasASheetPerLevelThatASpreadsheetReads() throws Exception {
		WebSession staff = loggedIn(accounts.staff());
		HttpResponse<byte[]> response = HttpClient.newBuilder().cookieHandler(staff.cookies()).build()
				.send(HttpRequest.newBuilder(URI.create(url("/admin/report/export.xlsx"))).header("Accept-Language", "ja")
						.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("plan-figures-toshima-");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("計画全体", "目標", "方針", "施策", "取組み");
			List<Row> actions = sheets.get(4).read();
			assertThat(actions).hasSize(1 + (int) toshimaNodes(4));
			assertThat(actions.get(0).getCellText(3)).isEqualTo("実施した講座");
			assertThat(actions.get(1).getCellText(0)).isEqualTo("取組み");
			List<Row> whole = sheets.get(0).read();
			assertThat(whole).hasSize(2);
			assertThat(whole.get(1).getCell(3).getType().name()).isEqualTo("NUMBER");
		}
	}

	@Test
	void theResidentsFiguresHideSmallCounts() {
		int year = FiscalYear.of(LocalDate.now(ReportFixture.JAPAN)).previous().previous().startYear();
		var fixture = new ReportFixture(jdbc, accounts, year).build();
		var response = session().get("/plan/" + fixture.planCode + "/g1-d1-m1/figures");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		// Columns: the figure, then the three years, the oldest (the fixture's) first.
		assertThat(cell(page, "COURSES_HELD")).isEqualTo("5未満");
		assertThat(cell(page, "PARTICIPANTS")).isEqualTo("5未満");
		assertThat(cell(page, "ATTENDANCE_RATE")).isEqualTo("非公表");
		assertThat(cell(page, "SATISFACTION_AVERAGE")).isEqualTo("非公表");
		assertThat(cell(page, "CHILDCARE_SHARE")).isEqualTo("非公表");
		assertThat(cell(page, "CIRCLE_PARTICIPANTS")).isEqualTo("22");
		assertThat(cell(page, "VOLUNTEER_HOURS")).isEqualTo("非公表");
		assertThat(page.text()).doesNotContain("集計 太郎", "相談 花子");

		// The plan's own page links to it; an unknown node is a 404.
		String nodePage = session().get("/plan/" + fixture.planCode + "/g1-d1-m1").body();
		assertThat(nodePage).contains("/plan/" + fixture.planCode + "/g1-d1-m1/figures");
		assertThat(session().get("/plan/" + fixture.planCode + "/nothing/figures").statusCode()).isEqualTo(404);
	}

	private static String cell(Document page, String figure) {
		return page.select("table.progress-public tr[data-figure=" + figure + "] td").first().text();
	}
}
