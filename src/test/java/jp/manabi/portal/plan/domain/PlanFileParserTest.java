package jp.manabi.portal.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import jp.manabi.portal.plan.domain.PlanDocument.NodeDocument;

/** The plan file's schema, checked by hand so that every problem is reported with its path. */
class PlanFileParserTest {

	private static final String HEAD = """
			code: test
			municipality: 試験市
			title: 試験計画
			levels: [目標, 方針, 施策, 取組]
			""";

	private final PlanFileParser parser = new PlanFileParser();

	private ParseResult parse(String yaml) {
		return parser.parse(yaml.getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "toshima", "iwaki", "tama", "nishitokyo" })
	void theFourPlanFilesAreValid(String code) throws Exception {
		var result = parser.parse(Files.readAllBytes(Path.of("db/plans", code + ".yaml")));

		assertThat(result.problems()).isEmpty();
		assertThat(result.document().code()).isEqualTo(code);
		assertThat(result.document().levels()).hasSize(4);
	}

	@Test
	void aValidFileBecomesATree() {
		var result = parse(HEAD + """
				periodStart: 2021
				periodEnd: 2030
				goals:
				  - code: "a"
				    title: 目標A
				    roles:
				      citizen: 参加しましょう。
				    indicators:
				      - name: 講座の参加者数
				        unit: 人
				        baselineValue: 1200
				        baselineYear: 2020
				        targetValue: 1500.50
				        targetYear: 2030
				        actuals:
				          2021: 1250
				          2022: "1300.5"
				    children:
				      - code: "a-①"
				        title: 方針1
				""");

		assertThat(result.problems()).isEmpty();
		NodeDocument goal = result.document().goals().get(0);
		assertThat(goal.content().roleCitizen()).isEqualTo("参加しましょう。");
		assertThat(goal.children()).extracting(NodeDocument::code).containsExactly("a-①");
		IndicatorContent indicator = goal.indicators().get(0);
		assertThat(indicator.targetValue()).hasToString("1500.5");
		assertThat(indicator.actuals()).containsOnlyKeys(2021, 2022);
		assertThat(indicator.actuals().get(2022)).hasToString("1300.5");
	}

	@Test
	void aMissingCodeIsReportedWithItsPathInTheFilesOwnKeys() {
		var result = parse(HEAD + """
				goals:
				  - code: "a"
				    title: 目標A
				    children:
				      - code: "a-1"
				        title: 方針1
				      - title: 方針2
				""");

		assertThat(result.document()).isNull();
		assertThat(result.problems()).singleElement()
				.isEqualTo(ImportProblem.of("goals[0].children[1]", "plan.import.error.missing", "code"));
		assertThat(render(result.problems().get(0), Locale.ENGLISH)).isEqualTo("goals[0].children[1]: code missing");
		assertThat(render(result.problems().get(0), Locale.JAPANESE)).isEqualTo("goals[0].children[1]: code がありません");
	}

	@Test
	void aDuplicateCodePointsAtItsFirstUse() {
		var result = parse(HEAD + """
				goals:
				  - code: "a"
				    title: 目標A
				    children:
				      - code: "a-1"
				        title: 方針1
				  - code: "b"
				    title: 目標B
				    children:
				      - code: "a-1"
				        title: 方針1の写し
				""");

		assertThat(result.problems()).singleElement().isEqualTo(ImportProblem.of("goals[1].children[0].code",
				"plan.import.error.duplicateCode", "a-1", "goals[0].children[0]"));
		assertThat(render(result.problems().get(0), Locale.ENGLISH))
				.isEqualTo("goals[1].children[0].code: code “a-1” is already used at goals[0].children[0]");
	}

	@Test
	void aFifthLevelIsRefused() {
		var result = parse(HEAD + """
				goals:
				  - code: "1"
				    title: 目標
				    children:
				      - code: "1-1"
				        title: 方針
				        children:
				          - code: "1-1-1"
				            title: 施策
				            children:
				              - code: "1-1-1-1"
				                title: 取組
				                children:
				                  - code: "1-1-1-1-1"
				                    title: 五段目
				""");

		assertThat(result.problems()).singleElement().isEqualTo(ImportProblem.of(
				"goals[0].children[0].children[0].children[0].children[0]", "plan.import.error.tooDeep", 4, 5));
	}

	@Test
	void aNonNumericIndicatorValueIsReportedAtItsField() {
		var result = parse(HEAD + """
				goals:
				  - code: "a"
				    title: 目標A
				    indicators:
				      - name: 参加者数
				        baselineValue: 多い
				        baselineYear: 令和2年
				        targetValue: 1500
				        actuals:
				          2021: 1,300
				          2022: 1400
				""");

		assertThat(result.problems()).containsExactly(
				ImportProblem.of("goals[0].indicators[0].baselineValue", "plan.import.error.notNumber", "多い"),
				ImportProblem.of("goals[0].indicators[0].baselineYear", "plan.import.error.notYear", "令和2年"),
				ImportProblem.of("goals[0].indicators[0].actuals[2021]", "plan.import.error.notNumber", "1,300"));
		assertThat(render(result.problems().get(0), Locale.ENGLISH))
				.isEqualTo("goals[0].indicators[0].baselineValue: not a number: “多い”");
	}

	@Test
	void everyProblemIsReportedNotJustTheFirst() {
		var result = parse("""
				code: Test Plan
				title: 試験計画
				levels: [目標, 方針, 施策]
				goals:
				  - code: "a"
				    title: 目標A
				    childern: []
				  - code: "a"
				  - code: "b/c"
				    title: 目標C
				    children:
				      - code: 12
				        title: 方針
				""");

		assertThat(result.problems()).extracting(ImportProblem::path, ImportProblem::messageKey).containsExactly(
				tuple("code", "plan.import.error.planCodeFormat"),
				tuple("", "plan.import.error.missing"),
				tuple("levels", "plan.import.error.levelsCount"),
				tuple("goals[0].childern", "plan.import.error.unknownKey"),
				tuple("goals[1].code", "plan.import.error.duplicateCode"),
				tuple("goals[1]", "plan.import.error.missing"),
				tuple("goals[2].code", "plan.import.error.codeFormat"),
				tuple("goals[2].children[0].code", "plan.import.error.notText"));
		assertThat(result.problems().get(1).args()).containsExactly("municipality");
	}

	@Test
	void invalidYamlSyntaxGivesTheLineAndColumn() {
		var result = parse(HEAD + """
				goals:
				  - code: "a"
				    title: 目標A
				     description: ずれた字下げ
				""");

		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEmpty();
			assertThat(problem.messageKey()).isEqualTo("plan.import.error.syntax");
			assertThat(problem.args()).startsWith(8, 17);
		});
		assertThat(render(result.problems().get(0), Locale.ENGLISH))
				.startsWith("(file): line 8, column 17: not valid YAML (mapping values are not allowed here");
	}

	@Test
	void aDuplicateKeyIsASyntaxError() {
		var result = parse(HEAD + HEAD.lines().findFirst().orElseThrow() + "\ngoals: []\n");

		assertThat(result.problems()).singleElement().extracting(ImportProblem::messageKey)
				.isEqualTo("plan.import.error.syntax");
	}

	@Test
	void garbageBytesAreNotText() {
		byte[] garbage = new byte[64 * 1024];
		new Random(42).nextBytes(garbage);

		var result = parser.parse(garbage);

		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEmpty();
			assertThat(problem.messageKey()).isEqualTo("plan.import.error.encoding");
		});
	}

	@Test
	void controlCharactersAreReportedWhereTheyAre() {
		var result = parse(HEAD + "goals:\n  - code: \"a\"\n    title: 目標\u0007A\n");

		assertThat(result.problems()).containsExactly(
				ImportProblem.of("", "plan.import.error.controlCharacter", 7, 14, "0007"));
	}

	@Test
	void anAliasThatPointsBackAtAnEnclosingNodeIsACycle() {
		var result = parse(HEAD + """
				goals:
				  - &goal
				    code: "a"
				    title: 目標A
				    children:
				      - *goal
				""");

		assertThat(result.problems()).singleElement()
				.isEqualTo(ImportProblem.of("goals[0].children[0]", "plan.import.error.cycle"));
	}

	@Test
	void aliasBombsAreStoppedBeforeTheyGrow() {
		var bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
		for (char c = 'b'; c <= 'k'; c++) {
			char previous = (char) (c - 1);
			bomb.append(c).append(": &").append(c).append(" [");
			bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
		}

		var result = parse(bomb.toString());

		assertThat(result.problems()).singleElement().extracting(ImportProblem::messageKey)
				.isEqualTo("plan.import.error.yaml");
	}

	@Test
	void emptyTooLargeAndNonMappingFilesAreRefused() {
		assertThat(parser.parse(new byte[0]).problems()).extracting(ImportProblem::messageKey)
				.containsExactly("plan.import.error.empty");
		assertThat(parser.parse(new byte[PlanFileParser.MAX_BYTES + 1]).problems())
				.extracting(ImportProblem::messageKey).containsExactly("plan.import.error.tooLarge");
		assertThat(parse("- just\n- a list\n").problems()).extracting(ImportProblem::messageKey)
				.containsExactly("plan.import.error.rootNotMapping");
	}

	@Test
	void reservedAndMalformedPlanCodesAreRefused() {
		assertThat(parse(HEAD.replace("code: test", "code: active") + "goals: []\n").problems())
				.containsExactly(ImportProblem.of("code", "plan.import.error.reservedCode", "active"));
	}

	@Test
	void tooManyProblemsAreCutShort() {
		var yaml = new StringBuilder(HEAD + "goals:\n");
		for (int i = 0; i < PlanFileParser.MAX_PROBLEMS + 50; i++) {
			yaml.append("  - title: 目標").append(i).append('\n');
		}

		List<ImportProblem> problems = parse(yaml.toString()).problems();

		assertThat(problems).hasSize(PlanFileParser.MAX_PROBLEMS + 1);
		assertThat(problems.get(problems.size() - 1).messageKey()).isEqualTo("plan.import.error.more");
	}

	/** As the upload page shows a problem: path, separator, message in the reader's language. */
	static String render(ImportProblem problem, Locale locale) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/plan");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		String path = problem.path().isEmpty() ? "(file)" : problem.path();
		return path + ": " + messages.getMessage(problem.messageKey(), problem.arguments(), locale);
	}
}
