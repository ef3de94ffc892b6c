package jp.manabi.portal.plan.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import jp.manabi.portal.plan.domain.PlanDocument.NodeDocument;

/**
 * Reads a plan file and checks it against the format of db/README.md by hand, so that it can
 * report every problem at once, each with its path in the file's own key names, rather than stop
 * at the first. Plain Java, no Spring: the rules are tested without the app.
 *
 * <p>YAML is parsed with SnakeYAML's safe constructor (plain maps, lists and scalars, never
 * arbitrary classes), duplicate keys refused, and aliases and size limited, because uploads come
 * from the network.
 */
public final class PlanFileParser {

	public static final int MAX_BYTES = 2 * 1024 * 1024;

	public static final int MAX_DEPTH = 4;

	/** Past this many, a file is more wrong than right; the rest would only bury the first ones. */
	static final int MAX_PROBLEMS = 300;

	static final int MAX_CODE = 40;
	static final int MAX_TITLE = 500;
	static final int MAX_PLAN_TITLE = 300;
	static final int MAX_MUNICIPALITY = 100;
	static final int MAX_LEVEL_NAME = 50;
	static final int MAX_TEXT = 20_000;
	static final int MAX_ROLE = 1_000;
	static final int MAX_INDICATOR_NAME = 200;
	static final int MAX_UNIT = 40;
	static final int MIN_YEAR = 1900;
	static final int MAX_YEAR = 2200;

	/** Path segments of the admin pages that a plan code must not shadow. */
	static final Set<String> RESERVED_PLAN_CODES = Set.of("active", "upload", "new");

	static final Pattern PLAN_CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

	/** Codes become path segments of public URLs: no spaces, slashes or URL delimiters. */
	static final Pattern NODE_CODE = Pattern.compile("[^\\p{javaWhitespace}\\p{Z}\\p{Cntrl}/\\\\?#%]+");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
	private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000");

	private static final List<String> PLAN_KEYS = List.of("code", "municipality", "municipalityEn", "title",
			"periodStart", "periodEnd", "vision", "levels", "levelsEn", "note", "goals");
	private static final List<String> NODE_KEYS = List.of("code", "title", "description", "currentIssues",
			"futureVision", "roles", "indicators", "children");
	private static final List<String> ROLE_KEYS = List.of("citizen", "community", "government");
	private static final List<String> INDICATOR_KEYS = List.of("name", "unit", "baselineValue", "baselineYear",
			"targetValue", "targetYear", "actuals");

	public ParseResult parse(byte[] bytes) {
		var problems = new Problems();
		if (bytes == null || bytes.length == 0) {
			return refuse(ImportProblem.of("", "plan.import.error.empty"));
		}
		if (bytes.length > MAX_BYTES) {
			return refuse(ImportProblem.of("", "plan.import.error.tooLarge", MAX_BYTES / 1024 / 1024));
		}
		String text = decode(bytes, problems);
		if (text == null) {
			return new ParseResult(null, problems.list);
		}
		if (text.isBlank()) {
			return refuse(ImportProblem.of("", "plan.import.error.empty"));
		}
		if (!checkCharacters(text, problems)) {
			return new ParseResult(null, problems.list);
		}
		Object root;
		try {
			root = yaml().load(text);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			String what = ex.getProblem() != null ? ex.getProblem() : ex.getContext();
			if (mark == null) {
				return refuse(ImportProblem.of("", "plan.import.error.yaml", String.valueOf(what)));
			}
			return refuse(ImportProblem.of("", "plan.import.error.syntax", mark.getLine() + 1, mark.getColumn() + 1,
					String.valueOf(what)));
		}
		catch (YAMLException ex) {
			// Alias, size and nesting limits end here.
			return refuse(ImportProblem.of("", "plan.import.error.yaml", firstLine(ex.getMessage())));
		}
		if (root == null) {
			return refuse(ImportProblem.of("", "plan.import.error.empty"));
		}
		if (!(root instanceof Map<?, ?> map)) {
			return refuse(ImportProblem.of("", "plan.import.error.rootNotMapping"));
		}
		PlanDocument document = new Reader(problems).plan(map);
		return problems.list.isEmpty() ? new ParseResult(document, List.of()) : new ParseResult(null, problems.list);
	}

	private static Yaml yaml() {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(40);
		options.setCodePointLimit(3 * 1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

	private static ParseResult refuse(ImportProblem problem) {
		return new ParseResult(null, List.of(problem));
	}

	private static String decode(byte[] bytes, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			problems.add(ImportProblem.of("", "plan.import.error.encoding", in.position()));
			return null;
		}
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** YAML refuses control characters anyway; finding the first here gives its line and column. */
	private static boolean checkCharacters(String text, Problems problems) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				column = 1;
				continue;
			}
			boolean allowed = c == '\t' || c == '\r' || c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F || c == 0x85)
					&& c != 0xFFFE && c != 0xFFFF;
			if (!allowed) {
				problems.add(ImportProblem.of("", "plan.import.error.controlCharacter", line, column,
						String.format("%04X", (int) c)));
				return false;
			}
			column++;
		}
		return true;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	/** Collects problems up to {@link #MAX_PROBLEMS}, then one saying how many more there were. */
	private static final class Problems {

		final List<ImportProblem> list = new ArrayList<>();
		int dropped;

		void add(ImportProblem problem) {
			if (list.size() < MAX_PROBLEMS) {
				list.add(problem);
			}
			else {
				dropped++;
				if (dropped == 1) {
					list.add(ImportProblem.of("", "plan.import.error.more"));
				}
			}
		}
	}

	/** Walks the parsed maps, building the document and noting every problem on the way. */
	private static final class Reader {

		private final Problems problems;

		/** Where each node code was first seen, to point duplicates at it. */
		private final Map<String, String> codes = new HashMap<>();

		/** The nodes being read, to notice an alias that points back at one of them. */
		private final Map<Object, Boolean> enclosing = new IdentityHashMap<>();

		Reader(Problems problems) {
			this.problems = problems;
		}

		PlanDocument plan(Map<?, ?> map) {
			checkKeys(map, "", PLAN_KEYS);
			String code = text(map, "", "code", true, MAX_CODE);
			if (code != null) {
				if (!PLAN_CODE.matcher(code).matches()) {
					problem(join("", "code"), "plan.import.error.planCodeFormat");
				}
				else if (RESERVED_PLAN_CODES.contains(code)) {
					problem(join("", "code"), "plan.import.error.reservedCode", code);
				}
			}
			String municipality = text(map, "", "municipality", true, MAX_MUNICIPALITY);
			String municipalityEn = text(map, "", "municipalityEn", false, MAX_MUNICIPALITY);
			String title = text(map, "", "title", true, MAX_PLAN_TITLE);
			Integer periodStart = year(map, "", "periodStart");
			Integer periodEnd = year(map, "", "periodEnd");
			if (periodStart != null && periodEnd != null && periodStart > periodEnd) {
				problem("periodEnd", "plan.import.error.periodOrder", periodStart, periodEnd);
			}
			String vision = text(map, "", "vision", false, MAX_TEXT);
			List<String> levels = levelNames(map, "levels", true);
			List<String> levelsEn = levelNames(map, "levelsEn", false);
			String note = text(map, "", "note", false, MAX_TEXT);
			List<NodeDocument> goals = new ArrayList<>();
			if (!map.containsKey("goals") || map.get("goals") == null) {
				problem("", "plan.import.error.missing", "goals");
			}
			else if (map.get("goals") instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					NodeDocument goal = node(list.get(i), "goals[" + i + "]", 1);
					if (goal != null) {
						goals.add(goal);
					}
				}
			}
			else {
				problem("goals", "plan.import.error.notList");
			}
			if (!problems.list.isEmpty()) {
				return null;
			}
			return new PlanDocument(code, municipality, municipalityEn, title, periodStart, periodEnd, vision, levels,
					levelsEn, note, goals);
		}

		private List<String> levelNames(Map<?, ?> map, String key, boolean required) {
			Object value = map.get(key);
			if (value == null) {
				if (required) {
					problem("", "plan.import.error.missing", key);
				}
				return null;
			}
			if (!(value instanceof List<?> list)) {
				problem(key, "plan.import.error.notList");
				return null;
			}
			if (list.size() != 4) {
				problem(key, "plan.import.error.levelsCount", list.size());
				return null;
			}
			var names = new ArrayList<String>();
			for (int i = 0; i < 4; i++) {
				String path = key + "[" + i + "]";
				Object name = list.get(i);
				if (!(name instanceof String s)) {
					problem(path, "plan.import.error.notText");
				}
				else if (s.isBlank()) {
					problem(path, "plan.import.error.blank");
				}
				else if (s.length() > MAX_LEVEL_NAME) {
					problem(path, "plan.import.error.tooLong", MAX_LEVEL_NAME);
				}
				else {
					names.add(s.strip());
				}
			}
			return names.size() == 4 ? names : null;
		}

		private NodeDocument node(Object raw, String path, int depth) {
			if (depth > MAX_DEPTH) {
				problem(path, "plan.import.error.tooDeep", MAX_DEPTH, depth);
				return null;
			}
			if (raw != null && enclosing.containsKey(raw)) {
				problem(path, "plan.import.error.cycle");
				return null;
			}
			if (!(raw instanceof Map<?, ?> map)) {
				problem(path, "plan.import.error.notMapping");
				return null;
			}
			enclosing.put(raw, Boolean.TRUE);
			try {
				checkKeys(map, path, NODE_KEYS);
				String code = text(map, path, "code", true, MAX_CODE);
				if (code != null) {
					if (!NODE_CODE.matcher(code).matches()) {
						problem(join(path, "code"), "plan.import.error.codeFormat");
					}
					String first = codes.putIfAbsent(code, path);
					if (first != null) {
						problem(join(path, "code"), "plan.import.error.duplicateCode", code, first);
					}
				}
				String title = text(map, path, "title", true, MAX_TITLE);
				String description = text(map, path, "description", false, MAX_TEXT);
				String currentIssues = text(map, path, "currentIssues", false, MAX_TEXT);
				String futureVision = text(map, path, "futureVision", false, MAX_TEXT);
				String citizen = null;
				String community = null;
				String government = null;
				Object roles = map.get("roles");
				if (roles != null) {
					String rolesPath = join(path, "roles");
					if (roles instanceof Map<?, ?> roleMap) {
						checkKeys(roleMap, rolesPath, ROLE_KEYS);
						citizen = text(roleMap, rolesPath, "citizen", false, MAX_ROLE);
						community = text(roleMap, rolesPath, "community", false, MAX_ROLE);
						government = text(roleMap, rolesPath, "government", false, MAX_ROLE);
					}
					else {
						problem(rolesPath, "plan.import.error.notMapping");
					}
				}
				List<IndicatorContent> indicators = indicators(map.get("indicators"), join(path, "indicators"));
				List<NodeDocument> children = new ArrayList<>();
				Object rawChildren = map.get("children");
				if (rawChildren instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						NodeDocument child = node(list.get(i), join(path, "children") + "[" + i + "]", depth + 1);
						if (child != null) {
							children.add(child);
						}
					}
				}
				else if (rawChildren != null) {
					problem(join(path, "children"), "plan.import.error.notList");
				}
				return new NodeDocument(code, new NodeContent(title, description, currentIssues, futureVision, citizen,
						community, government), indicators, children);
			}
			finally {
				enclosing.remove(raw);
			}
		}

		private List<IndicatorContent> indicators(Object raw, String path) {
			if (raw == null) {
				return List.of();
			}
			if (!(raw instanceof List<?> list)) {
				problem(path, "plan.import.error.notList");
				return List.of();
			}
			var indicators = new ArrayList<IndicatorContent>();
			var names = new HashMap<String, String>();
			for (int i = 0; i < list.size(); i++) {
				String itemPath = path + "[" + i + "]";
				if (!(list.get(i) instanceof Map<?, ?> map)) {
					problem(itemPath, "plan.import.error.notMapping");
					continue;
				}
				checkKeys(map, itemPath, INDICATOR_KEYS);
				String name = text(map, itemPath, "name", true, MAX_INDICATOR_NAME);
				if (name != null) {
					String first = names.putIfAbsent(name, itemPath);
					if (first != null) {
						problem(join(itemPath, "name"), "plan.import.error.duplicateIndicator", name, first);
					}
				}
				String unit = text(map, itemPath, "unit", false, MAX_UNIT);
				BigDecimal baselineValue = number(map.get("baselineValue"), join(itemPath, "baselineValue"));
				Integer baselineYear = year(map, itemPath, "baselineYear");
				BigDecimal targetValue = number(map.get("targetValue"), join(itemPath, "targetValue"));
				Integer targetYear = year(map, itemPath, "targetYear");
				var actuals = new TreeMap<Integer, BigDecimal>();
				Object rawActuals = map.get("actuals");
				String actualsPath = join(itemPath, "actuals");
				if (rawActuals instanceof Map<?, ?> actualMap) {
					for (Map.Entry<?, ?> actual : actualMap.entrySet()) {
						String actualPath = actualsPath + "[" + actual.getKey() + "]";
						Integer fiscalYear = yearValue(actual.getKey(), actualPath);
						BigDecimal value = number(actual.getValue(), actualPath);
						if (actual.getValue() == null) {
							problem(actualPath, "plan.import.error.notNumber", "");
						}
						if (fiscalYear != null && value != null) {
							actuals.put(fiscalYear, value);
						}
					}
				}
				else if (rawActuals != null) {
					problem(actualsPath, "plan.import.error.notMapping");
				}
				indicators.add(new IndicatorContent(name, unit, baselineValue, baselineYear, targetValue, targetYear,
						actuals));
			}
			return indicators;
		}

		private String text(Map<?, ?> map, String path, String key, boolean required, int maxLength) {
			Object value = map.get(key);
			if (value == null) {
				if (required) {
					problem(path, "plan.import.error.missing", key);
				}
				return null;
			}
			String valuePath = join(path, key);
			if (!(value instanceof String text)) {
				problem(valuePath, "plan.import.error.notText", String.valueOf(value));
				return null;
			}
			if (text.isBlank()) {
				if (required) {
					problem(valuePath, "plan.import.error.blank");
				}
				return null;
			}
			if (text.length() > maxLength) {
				problem(valuePath, "plan.import.error.tooLong", maxLength);
				return null;
			}
			return text;
		}

		private Integer year(Map<?, ?> map, String path, String key) {
			Object value = map.get(key);
			return value == null ? null : yearValue(value, join(path, key));
		}

		private Integer yearValue(Object value, String path) {
			if (value instanceof Integer year && year >= MIN_YEAR && year <= MAX_YEAR) {
				return year;
			}
			if (value instanceof String text && text.matches("\\d{4}")) {
				int year = Integer.parseInt(text);
				if (year >= MIN_YEAR && year <= MAX_YEAR) {
					return year;
				}
			}
			problem(path, "plan.import.error.notYear", abbreviate(value));
			return null;
		}

		private BigDecimal number(Object value, String path) {
			if (value == null) {
				return null;
			}
			BigDecimal number = null;
			if (value instanceof Integer || value instanceof Long) {
				number = BigDecimal.valueOf(((Number) value).longValue());
			}
			else if (value instanceof BigInteger big) {
				number = new BigDecimal(big);
			}
			else if (value instanceof Double d && Double.isFinite(d)) {
				number = new BigDecimal(Double.toString(d));
			}
			else if (value instanceof String text && DECIMAL.matcher(text.strip()).matches()) {
				number = new BigDecimal(text.strip());
			}
			if (number == null) {
				problem(path, "plan.import.error.notNumber", abbreviate(value));
				return null;
			}
			number = IndicatorContent.normalize(number);
			if (number.scale() > 2 || number.abs().compareTo(NUMBER_LIMIT) >= 0) {
				problem(path, "plan.import.error.numberRange");
				return null;
			}
			return number;
		}

		private void checkKeys(Map<?, ?> map, String path, List<String> allowed) {
			for (Object key : map.keySet()) {
				if (!(key instanceof String name) || !allowed.contains(name)) {
					problem(join(path, String.valueOf(key)), "plan.import.error.unknownKey", String.join(", ", allowed));
				}
			}
		}

		private void problem(String path, String key, Object... args) {
			problems.add(ImportProblem.of(path, key, args));
		}

		private static String join(String path, String key) {
			return path.isEmpty() ? key : path + "." + key;
		}

		private static String abbreviate(Object value) {
			String text = String.valueOf(value);
			return text.length() > 40 ? text.substring(0, 40) + "…" : text;
		}
	}
}
