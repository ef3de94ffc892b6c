package jp.manabi.portal.circle.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.ReportDraft;
import jp.manabi.portal.circle.domain.ReportService;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/**
 * The staff's roll-up of activity reports by plan node and fiscal year, checked against data made
 * by hand. Other tests may have filed reports too, so the checks are on what this test's data
 * adds to each number.
 */
class CircleReportAdminTest extends IntegrationTest {

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	ReportService reports;

	/** reports, activities held, participants, circles reporting. */
	record Numbers(long reports, long held, long participants, long circles) {
		Numbers minus(Numbers before) {
			return new Numbers(reports - before.reports, held - before.held, participants - before.participants,
					circles - before.circles);
		}
	}

	@Test
	void numbersPerNodeAndYearCountACircleLinkedToTwoActionsOfOneMeasureOnceAtTheMeasure() {
		var actions = circles.twoActionsOfOneMeasure();
		long first = actions.get(0).id();
		long second = actions.get(1).id();
		var path = circles.path(first);
		long measure = path.get(path.size() - 2).id();
		long goal = path.get(0).id();
		var lastYear = FiscalYear.of(LocalDate.now(CircleActivity.ZONE)).previous();
		var yearBefore = lastYear.previous();
		var staff = staffSession();
		String lastYearPage = "/admin/circles/reports?year=" + lastYear.startYear();
		String yearBeforePage = "/admin/circles/reports?year=" + yearBefore.startYear();
		var before = numbers(staff, lastYearPage, List.of(first, second, measure, goal));
		var beforeOlder = numbers(staff, yearBeforePage, List.of(measure));

		// Circle A: both actions of the measure. Circle B: the first action only.
		var leaderA = accounts.resident();
		long circleA = circles.registered(leaderA.id(), "二つの取組みの会 " + System.nanoTime(), Set.of(first, second));
		var leaderB = accounts.resident();
		long circleB = circles.registered(leaderB.id(), "一つの取組みの会 " + System.nanoTime(), Set.of(first));
		LocalDate day1 = lastYear.firstDay().plusDays(10);
		LocalDate day2 = lastYear.firstDay().plusDays(40);
		reports.file(circleA, leaderA.id(), new ReportDraft(day1, 10, "午前の部", null), null);
		reports.file(circleA, leaderA.id(), new ReportDraft(day1, 4, "午後の部（同じ日）", null), null);
		reports.file(circleA, leaderA.id(), new ReportDraft(day2, 5, "二回目", null), null);
		reports.file(circleB, leaderB.id(), new ReportDraft(day1, 7, "初回", null), null);
		reports.file(circleA, leaderA.id(), new ReportDraft(yearBefore.lastDay(), 100, "前の年度", null), null);

		var after = numbers(staff, lastYearPage, List.of(first, second, measure, goal));
		// A's three reports (two on one day: two activities held) and B's one.
		assertThat(after.get(0).minus(before.get(0))).isEqualTo(new Numbers(4, 3, 26, 2));
		assertThat(after.get(1).minus(before.get(1))).isEqualTo(new Numbers(3, 2, 19, 1));
		// The measure counts A once, not once per action: 4 reports and 26 people, not 7 and 45.
		assertThat(after.get(2).minus(before.get(2))).isEqualTo(new Numbers(4, 3, 26, 2));
		assertThat(after.get(3).minus(before.get(3))).isEqualTo(new Numbers(4, 3, 26, 2));
		// The year before has only its own report.
		var afterOlder = numbers(staff, yearBeforePage, List.of(measure));
		assertThat(afterOlder.get(0).minus(beforeOlder.get(0))).isEqualTo(new Numbers(1, 1, 100, 1));

		String page = staff.get(lastYearPage).body();
		assertThat(page).contains("午後の部（同じ日）").contains("二つの取組みの会");
		assertThat(staff.get(yearBeforePage).body()).contains("前の年度").doesNotContain("午後の部（同じ日）");
	}

	@Test
	void aResidentIsForbiddenTheStaffReportPage() {
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/admin/circles/reports").statusCode()).isEqualTo(403);
	}

	@Test
	void theAdminHomeLinksToTheReportPage() {
		assertThat(staffSession().get("/admin").body()).contains("href=\"/admin/circles/reports\"");
	}

	private WebSession staffSession() {
		var staff = accounts.staff();
		var web = session();
		web.logIn(staff.email(), staff.password());
		return web;
	}

	private static List<Numbers> numbers(WebSession web, String page, List<Long> nodes) {
		var response = web.get(page);
		assertThat(response.statusCode()).isEqualTo(200);
		var document = Jsoup.parse(response.body());
		return nodes.stream().map(node -> {
			var row = document.selectFirst("tr[data-node=" + node + "]");
			assertThat(row).as("row of node " + node).isNotNull();
			return new Numbers(Long.parseLong(row.selectFirst("td.reports").text()),
					Long.parseLong(row.selectFirst("td.held").text()),
					Long.parseLong(row.selectFirst("td.participants").text().replace(",", "")),
					Long.parseLong(row.selectFirst("td.circles").text()));
		}).toList();
	}
}
