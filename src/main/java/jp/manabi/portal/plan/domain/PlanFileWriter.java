package jp.manabi.portal.plan.domain;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import jp.manabi.portal.plan.domain.PlanDocument.NodeDocument;

/**
 * Writes a plan in the layout of the files in db/plans (key order, quoted node codes, flow-style
 * level lists, literal blocks for the long texts), so that an exported plan reads and diffs like
 * the file it came from, and a file read and written again comes out byte for byte the same.
 */
public final class PlanFileWriter {

	public String write(PlanDocument plan) {
		var entries = new ArrayList<NodeTuple>();
		put(entries, "code", plain(plan.code()));
		put(entries, "municipality", plain(plan.municipality()));
		put(entries, "municipalityEn", plain(plan.municipalityEn()));
		put(entries, "title", plain(plan.title()));
		put(entries, "periodStart", integer(plan.periodStart()));
		put(entries, "periodEnd", integer(plan.periodEnd()));
		put(entries, "vision", literal(plan.vision()));
		put(entries, "levels", flowList(plan.levels()));
		put(entries, "levelsEn", flowList(plan.levelsEn()));
		put(entries, "note", literal(plan.note()));
		put(entries, "goals", new SequenceNode(Tag.SEQ, plan.goals().stream().map(PlanFileWriter::node).toList(),
				FlowStyle.BLOCK));
		var out = new StringWriter();
		yaml().serialize(new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK), out);
		return out.toString();
	}

	private static Yaml yaml() {
		var options = new DumperOptions();
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		options.setAllowUnicode(true);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		return new Yaml(options);
	}

	private static Node node(NodeDocument node) {
		var entries = new ArrayList<NodeTuple>();
		NodeContent content = node.content();
		put(entries, "code", new ScalarNode(Tag.STR, node.code(), null, null, ScalarStyle.DOUBLE_QUOTED));
		put(entries, "title", plain(content.title()));
		put(entries, "description", literal(content.description()));
		put(entries, "currentIssues", literal(content.currentIssues()));
		put(entries, "futureVision", literal(content.futureVision()));
		if (content.hasRoles()) {
			var roles = new ArrayList<NodeTuple>();
			put(roles, "citizen", plain(content.roleCitizen()));
			put(roles, "community", plain(content.roleCommunity()));
			put(roles, "government", plain(content.roleGovernment()));
			put(entries, "roles", new MappingNode(Tag.MAP, roles, FlowStyle.BLOCK));
		}
		if (!node.indicators().isEmpty()) {
			put(entries, "indicators", new SequenceNode(Tag.SEQ,
					node.indicators().stream().map(PlanFileWriter::indicator).toList(), FlowStyle.BLOCK));
		}
		if (!node.children().isEmpty()) {
			put(entries, "children", new SequenceNode(Tag.SEQ,
					node.children().stream().map(PlanFileWriter::node).toList(), FlowStyle.BLOCK));
		}
		return new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK);
	}

	private static Node indicator(IndicatorContent indicator) {
		var entries = new ArrayList<NodeTuple>();
		put(entries, "name", plain(indicator.name()));
		put(entries, "unit", plain(indicator.unit()));
		put(entries, "baselineValue", number(indicator.baselineValue()));
		put(entries, "baselineYear", integer(indicator.baselineYear()));
		put(entries, "targetValue", number(indicator.targetValue()));
		put(entries, "targetYear", integer(indicator.targetYear()));
		if (!indicator.actuals().isEmpty()) {
			var actuals = new ArrayList<NodeTuple>();
			for (Map.Entry<Integer, BigDecimal> actual : indicator.actuals().entrySet()) {
				actuals.add(new NodeTuple(integer(actual.getKey()), number(actual.getValue())));
			}
			put(entries, "actuals", new MappingNode(Tag.MAP, actuals, FlowStyle.BLOCK));
		}
		return new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK);
	}

	/** Leaves absent values out, as the files do. */
	private static void put(List<NodeTuple> entries, String key, Node value) {
		if (value != null) {
			entries.add(new NodeTuple(plain(key), value));
		}
	}

	/** Plain where YAML allows it; the emitter quotes what would otherwise read as something else. */
	private static Node plain(String text) {
		return text == null ? null : new ScalarNode(Tag.STR, text, null, null, ScalarStyle.PLAIN);
	}

	private static Node literal(String text) {
		return text == null ? null : new ScalarNode(Tag.STR, text, null, null, ScalarStyle.LITERAL);
	}

	private static Node integer(Integer value) {
		return value == null ? null : new ScalarNode(Tag.INT, value.toString(), null, null, ScalarStyle.PLAIN);
	}

	private static Node number(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal normalized = IndicatorContent.normalize(value);
		return new ScalarNode(normalized.scale() > 0 ? Tag.FLOAT : Tag.INT, normalized.toPlainString(), null, null,
				ScalarStyle.PLAIN);
	}

	private static Node flowList(List<String> values) {
		if (values == null) {
			return null;
		}
		return new SequenceNode(Tag.SEQ, values.stream().map(PlanFileWriter::plain).toList(), FlowStyle.FLOW);
	}
}
