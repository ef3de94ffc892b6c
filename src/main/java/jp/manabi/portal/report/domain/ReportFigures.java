package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.report.Figure;
import jp.manabi.portal.shared.time.FiscalYear;

/**
 * The figures pages and exports show: the current fiscal year (and any later one) always live;
 * a finished year from its snapshot, taken the first time the year is asked for after it ended,
 * so that later edits of courses, reports or bookings do not rewrite history. Taking a snapshot
 * also writes the year's actual of every indicator bound to a figure. A staff member may
 * recompute a finished year: the snapshot and the bound actuals are replaced, and the audit log
 * says who did it.
 */
@Service
@Transactional
public class ReportFigures {

	private final JdbcClient jdbc;
	private final PlanRollup rollup;
	private final PlanShapes shapes;
	private final AuditLog audit;
	private final Clock clock;
	private final org.springframework.jdbc.core.JdbcTemplate batch;

	ReportFigures(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, PlanRollup rollup,
			PlanShapes shapes, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.rollup = rollup;
		this.shapes = shapes;
		this.audit = audit;
		this.clock = clock;
	}

	public FiscalYear currentYear() {
		return FiscalYear.of(LocalDate.now(clock.withZone(PlanRollup.JAPAN)));
	}

	public boolean finished(FiscalYear year) {
		return year.compareTo(currentYear()) < 0;
	}

	/** The year's figures: live for the current year, the snapshot (taken now if need be) for a finished one. */
	public FigureTable figures(PlanShape shape, FiscalYear year) {
		if (!finished(year)) {
			return PlanRollup.table(shape, year, rollup.values(shape.code(), year), null);
		}
		return snapshot(shape, year).orElseGet(() -> take(shape, year, null));
	}

	public FigureTable figures(String planCode, FiscalYear year) {
		PlanShape shape = shapes.any(planCode).orElseThrow(() -> new ReportNotFoundException("plan"));
		return figures(shape, year);
	}

	/** Replaces a finished year's snapshot by the figures as they are now (and the bound actuals). */
	public FigureTable recompute(PlanShape shape, FiscalYear year, long staffId) {
		if (!finished(year)) {
			throw new IllegalArgumentException("only a finished fiscal year has a snapshot");
		}
		lock(shape.code(), year);
		jdbc.sql("delete from report_snapshot where plan_code = :plan and fiscal_year = :year")
				.param("plan", shape.code()).param("year", year.startYear()).update();
		FigureTable table = take(shape, year, staffId);
		audit.record(AuditAction.ADMIN, "report-snapshot", shape.code() + "/" + year.startYear(),
				"recomputed the figures of fiscal year " + year.startYear());
		return table;
	}

	/**
	 * Binds an indicator to a figure (or unbinds it with null). A bound indicator gets the actuals
	 * of the years already snapshotted at once; the years typed in before stay until replaced.
	 */
	public void bind(PlanShape shape, long indicatorId, Figure figure, long staffId) {
		var indicator = shape.allIndicators().stream().filter(i -> i.id() == indicatorId).findFirst()
				.orElseThrow(() -> new ReportNotFoundException("indicator"));
		jdbc.sql("update plan_indicator set bound_figure = :figure, version = version + 1, updated_at = now() where id = :id")
				.param("figure", figure == null ? null : figure.name()).param("id", indicatorId).update();
		audit.record(AuditAction.CHANGE, "plan-indicator", indicatorId,
				figure == null ? "unbound from the roll-up" : "bound to figure " + figure.name());
		if (figure == null) {
			return;
		}
		List<Integer> years = jdbc.sql("select distinct fiscal_year from report_snapshot where plan_code = :plan")
				.param("plan", shape.code()).query(Integer.class).list();
		for (int y : years) {
			BigDecimal value = jdbc.sql("""
					select value from report_snapshot
					where plan_code = :plan and fiscal_year = :year and node_id = :node and figure = :figure""")
					.param("plan", shape.code()).param("year", y).param("node", indicator.nodeId())
					.param("figure", figure.name()).query(BigDecimal.class).optional().orElse(null);
			writeActual(indicatorId, y, value);
		}
	}

	private Optional<FigureTable> snapshot(PlanShape shape, FiscalYear year) {
		Map<Long, Map<Figure, BigDecimal>> values = new HashMap<>();
		Instant[] taken = { null };
		jdbc.sql("""
				select node_id, figure, value, taken_at from report_snapshot
				where plan_code = :plan and fiscal_year = :year""").param("plan", shape.code())
				.param("year", year.startYear()).query(rs -> {
					Figure figure = PlanShapes.figureOrNull(rs.getString("figure"));
					if (figure == null) {
						return;
					}
					values.computeIfAbsent(rs.getLong("node_id"), k -> blank()).put(figure, rs.getBigDecimal("value"));
					Instant at = rs.getObject("taken_at", java.time.OffsetDateTime.class).toInstant();
					if (taken[0] == null || at.isBefore(taken[0])) {
						taken[0] = at;
					}
				});
		if (taken[0] == null) {
			return Optional.empty();
		}
		// Nodes added to the plan after the snapshot have no figures of that year.
		return Optional.of(PlanRollup.table(shape, year, values, taken[0]));
	}

	private static Map<Figure, BigDecimal> blank() {
		Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
		for (Figure figure : Figure.values()) {
			values.put(figure, null);
		}
		return values;
	}

	/** Computes and stores; two first readers at once compute once (the lock), and store once. */
	private FigureTable take(PlanShape shape, FiscalYear year, Long staffId) {
		lock(shape.code(), year);
		if (staffId == null) {
			Optional<FigureTable> meanwhile = snapshot(shape, year);
			if (meanwhile.isPresent()) {
				return meanwhile.get();
			}
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		FigureTable table = PlanRollup.table(shape, year, rollup.values(shape.code(), year), now);
		var args = new java.util.ArrayList<Object[]>();
		var taken = java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
		for (FigureTable.Row row : table.rows()) {
			for (Figure figure : Figure.values()) {
				args.add(new Object[] { shape.code(), year.startYear(), row.nodeId(), figure.name(), row.value(figure),
						taken, staffId });
			}
		}
		batch.batchUpdate("""
				insert into report_snapshot (plan_code, fiscal_year, node_id, figure, value, taken_at, taken_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", args,
				new int[] { java.sql.Types.VARCHAR, java.sql.Types.INTEGER, java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
						java.sql.Types.NUMERIC, java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.BIGINT });
		for (PlanShape.Indicator indicator : shape.allIndicators()) {
			if (indicator.bound()) {
				writeActual(indicator.id(), year.startYear(), table.value(indicator.nodeId(), indicator.boundFigure()));
			}
		}
		return table;
	}

	private void writeActual(long indicatorId, int year, BigDecimal value) {
		if (value == null) {
			jdbc.sql("delete from plan_indicator_actual where indicator_id = :id and fiscal_year = :year")
					.param("id", indicatorId).param("year", year).update();
		}
		else {
			jdbc.sql("""
					insert into plan_indicator_actual (indicator_id, fiscal_year, value) values (:id, :year, :value)
					on conflict (indicator_id, fiscal_year) do update set value = excluded.value""")
					.param("id", indicatorId).param("year", year).param("value", value).update();
		}
		// An indicator form open elsewhere must not put back the actuals it was opened with.
		jdbc.sql("update plan_indicator set version = version + 1 where id = :id").param("id", indicatorId).update();
	}

	private void lock(String planCode, FiscalYear year) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('report_snapshot:' || :plan), :year)")
				.param("plan", planCode).param("year", year.startYear()).query(rs -> {
				});
	}
}
