package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The roll-up on hand-made data: a request linked to two actions of one measure counts once at
 * the measure; volunteers are distinct approved-or-completed profiles, hours only completed ones.
 */
class VolunteerReportRollupTest extends IntegrationTest {

	@Autowired
	VolunteerReportRollup rollup;

	@Autowired
	WorkTestData data;

	@Autowired
	ActivityTestCircles plan;

	@Test
	void aRequestLinkedToTwoActionsOfOneMeasureCountsOnceAtTheMeasure() {
		var actions = plan.twoActionsOfOneMeasure();
		var path = plan.path(actions.get(0).id());
		long measure = path.get(path.size() - 2).id();
		var scope = new LinkedHashSet<Long>();
		actions.forEach(a -> plan.path(a.id()).forEach(n -> scope.add(n.id())));
		var year = FiscalYear.of(data.today().minusDays(3));
		var before = rollup.byNode(year);
		var yearBefore = rollup.ofYear(year);

		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "二重リンク " + System.nanoTime(), 3);
		data.link(request.requestId(), Set.of(actions.get(0).id(), actions.get(1).id()), scope);
		long first = data.registeredProfile(accounts.resident().id());
		long second = data.registeredProfile(accounts.resident().id());
		long third = data.registeredProfile(accounts.resident().id());
		data.assignment(request.shift(0), first, AssignmentStatus.COMPLETED, new BigDecimal("2.5"));
		data.assignment(request.shift(0), second, AssignmentStatus.ABSENT, null);
		data.assignment(request.shift(0), third, AssignmentStatus.COMPLETED, new BigDecimal("1.25"));
		boolean bothShiftsThisYear = year.contains(data.today().plusDays(10));
		data.assignment(request.shift(1), first, AssignmentStatus.APPROVED, null);
		data.assignment(request.shift(1), second, AssignmentStatus.APPLIED, null);

		var after = rollup.byNode(year);
		var atMeasure = after.get(measure);
		var wasAtMeasure = before.getOrDefault(measure, VolunteerReportRollup.Totals.NONE);
		int shifts = bothShiftsThisYear ? 2 : 1;

		assertThat(atMeasure.requests() - wasAtMeasure.requests()).isEqualTo(1);
		assertThat(atMeasure.shifts() - wasAtMeasure.shifts()).isEqualTo(shifts);
		assertThat(atMeasure.volunteers() - wasAtMeasure.volunteers()).isEqualTo(2);
		assertThat(atMeasure.hours().subtract(wasAtMeasure.hours())).isEqualByComparingTo("3.75");
		var action = after.get(actions.get(0).id());
		var wasAtAction = before.getOrDefault(actions.get(0).id(), VolunteerReportRollup.Totals.NONE);
		assertThat(action.requests() - wasAtAction.requests()).isEqualTo(1);
		var yearAfter = rollup.ofYear(year);
		assertThat(yearAfter.requests() - yearBefore.requests()).isEqualTo(1);
		assertThat(yearAfter.hours().subtract(yearBefore.hours())).isEqualByComparingTo("3.75");
	}

	@Test
	void cancelledRequestsDoNotCount() {
		var year = FiscalYear.of(data.today().minusDays(3));
		var before = rollup.ofYear(year);
		var request = data.staffRequest(accounts.staff().id(), "中止 " + System.nanoTime(), 3);
		data.assignment(request.shift(0), data.registeredProfile(accounts.resident().id()), AssignmentStatus.COMPLETED,
				new BigDecimal("1"));
		data.changeStatus(request.requestId(), RequestStatus.CANCELLED);

		assertThat(rollup.ofYear(year).requests()).isEqualTo(before.requests());
	}

	@Test
	void theStaffPageShowsTheYearAndRefusesABadYear() {
		var staff = accounts.staff();
		var web = session();
		web.logIn(staff.email(), staff.password());
		int year = FiscalYear.of(data.today()).startYear();

		var page = web.get("/admin/volunteers/reports?year=" + year);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(year + "年度の計画の体系別集計").contains("report-by-node");
		assertThat(web.get("/admin/volunteers/reports?year=20x6").statusCode()).isEqualTo(400);
		assertThat(web.get("/admin").body()).contains("/admin/volunteers/reports");
	}
}
