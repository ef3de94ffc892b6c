package jp.manabi.portal.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.report.Figure;

/** Reads plans for the report pages: a few SQL queries, no entities of the plan module. */
@Service
@Transactional(readOnly = true)
public class PlanShapes {

	private final JdbcClient jdbc;
	private final Plans plans;

	PlanShapes(JdbcClient jdbc, Plans plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/** The plan the portal works to, whatever its status. */
	public Optional<PlanShape> active() {
		return load(plans.activePlanCode(), false);
	}

	/** Any plan residents may see (never a draft). */
	public Optional<PlanShape> publicPlan(String code) {
		return load(code, true);
	}

	public Optional<PlanShape> any(String code) {
		return load(code, false);
	}

	private Optional<PlanShape> load(String code, boolean publicOnly) {
		record PlanRow(long id, String code, String title, String municipality, String municipalityEn,
				Integer periodStart, Integer periodEnd, String status, List<String> levels, List<String> levelsEn) {
		}
		Optional<PlanRow> found = jdbc.sql("""
				select id, code, title, municipality, municipality_en, period_start, period_end, status,
				       level1_name, level2_name, level3_name, level4_name,
				       level1_name_en, level2_name_en, level3_name_en, level4_name_en
				from plan where code = :code""").param("code", code)
				.query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
						rs.getString("municipality"), rs.getString("municipality_en"),
						(Integer) rs.getObject("period_start"), (Integer) rs.getObject("period_end"),
						rs.getString("status"),
						List.of(rs.getString("level1_name"), rs.getString("level2_name"), rs.getString("level3_name"),
								rs.getString("level4_name")),
						Arrays.asList(rs.getString("level1_name_en"), rs.getString("level2_name_en"),
								rs.getString("level3_name_en"), rs.getString("level4_name_en"))))
				.optional();
		if (found.isEmpty() || publicOnly && "DRAFT".equals(found.get().status())) {
			return Optional.empty();
		}
		PlanRow plan = found.get();
		List<NodeRow> rows = jdbc.sql("""
				select id, parent_id, level, code, title, archived_at is not null as archived
				from plan_node where plan_id = :plan order by level, position, id""").param("plan", plan.id())
				.query((rs, n) -> new NodeRow(new PlanShape.Node(rs.getLong("id"), (Long) rs.getObject("parent_id"),
						rs.getInt("level"), rs.getString("code"), rs.getString("title")), rs.getBoolean("archived")))
				.list();
		Map<Long, List<NodeRow>> children = new HashMap<>();
		List<NodeRow> roots = new ArrayList<>();
		for (NodeRow row : rows) {
			if (row.node().parentId() == null) {
				roots.add(row);
			}
			else {
				children.computeIfAbsent(row.node().parentId(), k -> new ArrayList<>()).add(row);
			}
		}
		List<PlanShape.Node> ordered = new ArrayList<>();
		collect(roots, children, ordered);
		return Optional.of(new PlanShape(plan.id(), plan.code(), plan.title(), plan.municipality(),
				plan.municipalityEn(), plan.periodStart(), plan.periodEnd(), plan.levels(), plan.levelsEn(), ordered,
				indicators(plan.id())));
	}

	private record NodeRow(PlanShape.Node node, boolean archived) {
	}

	/** Depth first in the plan's order, leaving out archived nodes and everything under them. */
	private static void collect(List<NodeRow> level, Map<Long, List<NodeRow>> children, List<PlanShape.Node> into) {
		for (NodeRow row : level) {
			if (row.archived()) {
				continue;
			}
			into.add(row.node());
			collect(children.getOrDefault(row.node().id(), List.of()), children, into);
		}
	}

	private Map<Long, List<PlanShape.Indicator>> indicators(long planId) {
		Map<Long, TreeMap<Integer, BigDecimal>> actuals = new HashMap<>();
		jdbc.sql("""
				select a.indicator_id, a.fiscal_year, a.value from plan_indicator_actual a
				join plan_indicator i on i.id = a.indicator_id join plan_node n on n.id = i.node_id
				where n.plan_id = :plan""").param("plan", planId).query(rs -> {
					actuals.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
				});
		Map<Long, List<PlanShape.Indicator>> byNode = new HashMap<>();
		jdbc.sql("""
				select i.id, i.node_id, i.name, i.unit, i.baseline_value, i.baseline_year, i.target_value,
				       i.target_year, i.bound_figure
				from plan_indicator i join plan_node n on n.id = i.node_id
				where n.plan_id = :plan order by i.node_id, i.position, i.id""").param("plan", planId)
				.query((rs, n) -> new PlanShape.Indicator(rs.getLong("id"), rs.getLong("node_id"), rs.getString("name"),
						rs.getString("unit"), rs.getBigDecimal("baseline_value"), (Integer) rs.getObject("baseline_year"),
						rs.getBigDecimal("target_value"), (Integer) rs.getObject("target_year"),
						figureOrNull(rs.getString("bound_figure")),
						actuals.getOrDefault(rs.getLong("id"), new TreeMap<>())))
				.list().forEach(i -> byNode.computeIfAbsent(i.nodeId(), k -> new ArrayList<>()).add(i));
		return byNode;
	}

	static Figure figureOrNull(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Figure.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
