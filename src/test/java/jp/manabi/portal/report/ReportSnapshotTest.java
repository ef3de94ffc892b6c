package jp.manabi.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PlanShapes;
import jp.manabi.portal.report.domain.ReportFigures;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;

/** Finished years are kept as first computed; a recompute replaces them; bound indicators fill themselves. */
class ReportSnapshotTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportFigures figures;

	@Autowired
	PlanShapes shapes;

	ReportFixture fixture;
	FiscalYear year;

	@BeforeEach
	void data() {
		year = FiscalYear.of(LocalDate.now(ReportFixture.JAPAN)).previous().previous();
		fixture = new ReportFixture(jdbc, accounts, year.startYear()).build();
	}

	private FigureTable figuresOf(FiscalYear y) {
		return figures.figures(shapes.any(fixture.planCode).orElseThrow(), y);
	}

	@Test
	void aFinishedYearIsKeptAsFirstComputedUntilRecomputed() {
		FigureTable first = figuresOf(year);
		assertThat(first.live()).isFalse();
		assertThat(first.value(fixture.m1, Figure.COURSES_HELD)).isEqualByComparingTo("2");
		assertThat(jdbc.sql("select count(*) from report_snapshot where plan_code = :p and fiscal_year = :y")
				.param("p", fixture.planCode).param("y", year.startYear()).query(Long.class).single())
				.isEqualTo((1L + fixture.allNodes().size()) * Figure.values().length);

		// A course of that year is cancelled afterwards, and a report is added: history stays.
		jdbc.sql("update course set status = 'CANCELLED', cancel_reason = '後から中止' where id = :id")
				.param("id", fixture.c1).update();
		fixture.report(fixture.k1, fixture.inYear(12, 1), 40);
		FigureTable again = figuresOf(year);
		assertThat(again.takenAt()).isEqualTo(first.takenAt());
		assertThat(again.value(fixture.m1, Figure.COURSES_HELD)).isEqualByComparingTo("2");
		assertThat(again.total().value(Figure.CIRCLE_PARTICIPANTS)).isEqualByComparingTo("22");

		FigureTable recomputed = figures.recompute(shapes.any(fixture.planCode).orElseThrow(), year, fixture.staffId);
		assertThat(recomputed.value(fixture.m1, Figure.COURSES_HELD)).isEqualByComparingTo("1");
		assertThat(recomputed.total().value(Figure.CIRCLE_PARTICIPANTS)).isEqualByComparingTo("62");
		assertThat(figuresOf(year).value(fixture.m1, Figure.COURSES_HELD)).isEqualByComparingTo("1");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'ADMIN' and subject_type = 'report-snapshot'
				and subject_id = :s""").param("s", fixture.planCode + "/" + year.startYear()).query(Long.class).single())
				.isEqualTo(1L);
	}

	@Test
	void theCurrentYearIsAlwaysLive() {
		FiscalYear current = figures.currentYear();
		assertThat(figuresOf(current).live()).isTrue();
		assertThat(jdbc.sql("select count(*) from report_snapshot where plan_code = :p and fiscal_year = :y")
				.param("p", fixture.planCode).param("y", current.startYear()).query(Long.class).single()).isZero();
	}

	@Test
	void aBoundIndicatorTakesItsActualsFromTheFigures() {
		long bound = indicator(fixture.m1, "講座の実施数");
		long typed = indicator(fixture.m1, "満足している人の割合");
		jdbc.sql("insert into plan_indicator_actual (indicator_id, fiscal_year, value) values (:i, :y, 77)")
				.param("i", typed).param("y", year.startYear()).update();
		var shape = shapes.any(fixture.planCode).orElseThrow();
		figures.bind(shape, bound, Figure.COURSES_HELD, fixture.staffId);

		figuresOf(year);
		assertThat(actual(bound, year.startYear())).isEqualByComparingTo("2");
		assertThat(actual(typed, year.startYear())).isEqualByComparingTo("77");
		// The year before, snapshotted now too, and the binding of an indicator after the fact.
		figuresOf(year.previous());
		assertThat(actual(bound, year.previous().startYear())).isEqualByComparingTo("1");
		long late = indicator(fixture.g2, "地域の講座");
		figures.bind(shapes.any(fixture.planCode).orElseThrow(), late, Figure.COURSES_HELD, fixture.staffId);
		assertThat(actual(late, year.startYear())).isEqualByComparingTo("1");
		// The current year is never written: it is shown live.
		assertThat(jdbc.sql("select count(*) from plan_indicator_actual where indicator_id = :i and fiscal_year = :y")
				.param("i", bound).param("y", figures.currentYear().startYear()).query(Long.class).single()).isZero();
	}

	private long indicator(long node, String name) {
		return jdbc.sql("insert into plan_indicator (node_id, name, unit, target_value, target_year) values (:n, :name, '件', 10, 2030) returning id")
				.param("n", node).param("name", name).query(Long.class).single();
	}

	private BigDecimal actual(long indicator, int y) {
		return jdbc.sql("select value from plan_indicator_actual where indicator_id = :i and fiscal_year = :y")
				.param("i", indicator).param("y", y).query(BigDecimal.class).single();
	}
}
