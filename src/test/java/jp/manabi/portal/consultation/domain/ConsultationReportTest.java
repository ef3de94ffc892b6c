package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.plan.PlanNodeRef;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The report counts hand-made consultations of a fiscal year far ahead (so nothing else is in it):
 * held and no-shows by topic, channel, evening and weekend, and per plan node — a topic linked to
 * two actions of one measure counts once at the measure.
 */
class ConsultationReportTest extends IntegrationTest {

	static final FiscalYear YEAR = new FiscalYear(2090);

	@Autowired
	ConsultationReport report;

	@Autowired
	TopicService topics;

	@Autowired
	Plans plans;

	@Autowired
	DeskTestData desk;

	@Test
	void countsHeldAndNoShowsByTopicChannelTimeAndPlanNodeOnce() {
		var actions = twoActionsOfOneMeasure();
		long measure = parent(actions.get(0));
		long topic = topics.create("report-" + System.nanoTime(), new TopicService.TopicChange("集計テーマ", "Report topic",
				"", "", new BookingRules(30, 0, 1, 60, 24), EnumSet.allOf(Channel.class), true, 500,
				Set.of(actions.get(0).id(), actions.get(1).id())));
		var before = report.totals(YEAR);
		var nodesBefore = report.byNode(YEAR);
		var counselor = desk.counselor();
		LocalDate saturday = LocalDate.of(2090, 6, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		LocalDate tuesday = LocalDate.of(2090, 6, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

		desk.booking(counselor.counselorId(), topic, null, at(saturday, 10, 0), 30, Channel.COUNTER, "HELD");
		desk.booking(counselor.counselorId(), topic, null, at(tuesday, 17, 0), 30, Channel.ONLINE, "HELD");
		desk.booking(counselor.counselorId(), topic, null, at(tuesday, 10, 0), 30, Channel.PHONE, "NO_SHOW");
		desk.booking(counselor.counselorId(), topic, null, at(tuesday, 13, 0), 30, Channel.PHONE, "CANCELLED");
		desk.booking(counselor.counselorId(), topic, null, at(tuesday, 14, 0), 30, Channel.PHONE, "BOOKED");
		// The day before the year starts (31 March, Japan time) is last year's.
		desk.booking(counselor.counselorId(), topic, null, at(LocalDate.of(2090, 3, 31), 23, 30), 30, Channel.PHONE,
				"HELD");

		var totals = report.totals(YEAR);
		assertThat(totals.held() - before.held()).isEqualTo(2);
		assertThat(totals.noShows() - before.noShows()).isEqualTo(1);
		assertThat(totals.evening() - before.evening()).isEqualTo(1);
		assertThat(totals.weekend() - before.weekend()).isEqualTo(1);

		var byTopic = report.byTopic(YEAR).stream().filter(t -> t.topicId() == topic).findFirst().orElseThrow();
		assertThat(byTopic.counts()).isEqualTo(new ConsultationReport.Counts(2, 1));

		var nodes = report.byNode(YEAR);
		assertThat(delta(nodes, nodesBefore, measure)).isEqualTo(new ConsultationReport.Counts(2, 1));
		assertThat(delta(nodes, nodesBefore, actions.get(0).id())).isEqualTo(new ConsultationReport.Counts(2, 1));
		assertThat(delta(nodes, nodesBefore, actions.get(1).id())).isEqualTo(new ConsultationReport.Counts(2, 1));
		long goal = plans.path(measure).get(0).id();
		assertThat(delta(nodes, nodesBefore, goal)).isEqualTo(new ConsultationReport.Counts(2, 1));
	}

	@Test
	void theShareIsOfThoseHeld() {
		var totals = new ConsultationReport.Totals(4, 2, 1, 3);
		assertThat(totals.eveningPercent()).isEqualTo(25);
		assertThat(totals.weekendPercent()).isEqualTo(75);
		assertThat(new ConsultationReport.Totals(0, 0, 0, 0).eveningPercent()).isZero();
	}

	private static ConsultationReport.Counts delta(java.util.Map<Long, ConsultationReport.Counts> after,
			java.util.Map<Long, ConsultationReport.Counts> before, long node) {
		var a = after.getOrDefault(node, ConsultationReport.Counts.NONE);
		var b = before.getOrDefault(node, ConsultationReport.Counts.NONE);
		return new ConsultationReport.Counts(a.held() - b.held(), a.noShows() - b.noShows());
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(FreeSlots.ZONE).toInstant();
	}

	private List<PlanNodeRef> twoActionsOfOneMeasure() {
		var targets = plans.linkTargets();
		for (var a : targets) {
			for (var b : targets) {
				if (a.id() < b.id() && a.level() == PlanLevel.ACTION && b.level() == PlanLevel.ACTION
						&& parent(a) == parent(b)) {
					return List.of(a, b);
				}
			}
		}
		throw new IllegalStateException("the active plan has no measure with two actions");
	}

	private long parent(PlanNodeRef node) {
		var path = plans.path(node.id());
		return path.get(path.size() - 2).id();
	}
}
