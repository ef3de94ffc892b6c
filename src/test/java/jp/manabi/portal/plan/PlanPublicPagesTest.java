package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.plan.domain.PlanEditRefusedException;
import jp.manabi.portal.plan.domain.PlanEditing;
import jp.manabi.portal.plan.domain.PlanImportService;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.plan.domain.PlanSettings;
import jp.manabi.portal.plan.domain.PlanStatus;

import jp.manabi.portal.support.IntegrationTest;

/** The plan as residents see it: the active plan's tree, node pages, both languages. */
class PlanPublicPagesTest extends IntegrationTest {

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanQueries queries;

	@Autowired
	PlanSettings settings;

	private PlanHttp http() {
		return new PlanHttp(this::url);
	}

	@Test
	void planShowsTheActivePlansTreeWithItsOwnLevelNames() throws Exception {
		var page = http().page("/plan");

		assertThat(page.select("h1").text()).isEqualTo("豊島区生涯学習推進計画");
		assertThat(page.select(".plan-levels li").eachText()).containsExactly("目標", "方針", "施策", "取組み");
		// Goals start open, deeper levels closed: a tree that works without JavaScript.
		assertThat(page.select("ul.plan-tree--root > li > details[open]")).hasSize(1);
		assertThat(page.select("ul.plan-tree--root > li > details details[open]")).isEmpty();
		assertThat(page.select("details summary").first().text()).contains("目標", "学びの循環(わ)を広げる");
		assertThat(page.select("a[href='/plan/toshima/a-1-a-a']")).hasSize(1);
	}

	@Test
	void theTreeSpeaksEnglishWhenAsked() throws Exception {
		var page = http().page("/plan?lang=en");

		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".plan-levels li").eachText()).containsExactly("Goal", "Policy", "Measure", "Initiative");
		assertThat(page.select("h2").eachText()).contains("Structure of the plan");
		// The plan's own text stays Japanese, and says so.
		assertThat(page.select("h1").attr("lang")).isEqualTo("ja");
	}

	@Test
	void aNodeCodeWithACircledNumberRoundTripsThroughItsAddress() throws Exception {
		var http = http();
		var iwaki = http.page("/plan/iwaki");
		String href = iwaki.select("a[href*='I-1-%E2%91%A0-a']").attr("href");
		assertThat(href).as("the link is URL-encoded").isEqualTo("/plan/iwaki/I-1-%E2%91%A0-a");

		var response = http.get("/plan/iwaki/" + URLEncoder.encode("I-1-①-a", StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		var node = http.page(href);
		assertThat(node.select("h1").text()).isEqualTo("地域住民が集いやすい施設の開放促進");
		assertThat(node.select(".plan-breadcrumb li").eachText()).contains("基本方針 I", "施策の方向性 I-1", "施策の柱 I-1-①");
	}

	@Test
	void aNodePageShowsIssuesVisionRolesAndItsLinks() throws Exception {
		var page = http().page("/plan/iwaki/I-1");

		assertThat(page.select("h2").eachText()).contains("現状と課題", "目指す5年後のまちの姿", "市民・地域・行政の役割",
				"つながる講座・活動");
		assertThat(page.select(".plan-roles dd").eachText()).contains("地域の活動などに積極的に参加しましょう。");
		// Courses and circles link to plan nodes already (none to this one); the other two kinds are still to come.
		assertThat(page.select(".plan-links p").eachText()).containsExactly("まだありません。", "まだありません。",
				"この項目につながるボランティアの募集は、ボランティアの機能の公開後にここに表示されます。",
				"この項目につながる学習相談のテーマは、学習相談の機能の公開後にここに表示されます。");
	}

	@Test
	void draftsAreNotPublicAndCannotBecomeThePortalsPlan() throws Exception {
		importer.importUpload("test-draft.yaml", TestPlanFiles.bytes(TestPlanFiles.small("test-draft")), null);
		long version = queries.tree("test-draft").orElseThrow().plan().getVersion();
		editing.changeStatus("test-draft", version, PlanStatus.DRAFT);

		assertThat(http().get("/plan/test-draft").statusCode()).isEqualTo(404);
		assertThat(http().get("/plan/test-draft/a-1").statusCode()).isEqualTo(404);
		assertThat(http().page("/plan").select("a[href='/plan/test-draft']")).isEmpty();
		assertThatThrownBy(() -> settings.setActivePlan("test-draft")).isInstanceOf(PlanEditRefusedException.class)
				.hasMessage("plan.active.error.draft");
		long toshima = queries.tree("toshima").orElseThrow().plan().getVersion();
		assertThatThrownBy(() -> editing.changeStatus("toshima", toshima, PlanStatus.DRAFT))
				.isInstanceOf(PlanEditRefusedException.class).hasMessage("plan.admin.status.error.activeDraft");
	}

	@Test
	void otherPublicPlansAreListedUnderTheActiveOne() throws Exception {
		assertThat(http().page("/plan").select("#other-plans-heading ~ ul a").eachAttr("href"))
				.contains("/plan/iwaki", "/plan/tama", "/plan/nishitokyo").doesNotContain("/plan/toshima");
	}

	@Test
	void unknownPlansAndNodesAre404() throws Exception {
		var http = http();
		assertThat(http.get("/plan/nowhere").statusCode()).isEqualTo(404);
		assertThat(http.get("/plan/toshima/no-such-node").statusCode()).isEqualTo(404);
	}
}
