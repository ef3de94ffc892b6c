package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.manabi.portal.plan.domain.ImportOutcome;
import jp.manabi.portal.plan.domain.PlanFileParser;
import jp.manabi.portal.plan.domain.PlanFileWriter;
import jp.manabi.portal.plan.domain.PlanImportService;
import jp.manabi.portal.plan.domain.PlanQueries;
import jp.manabi.portal.support.IntegrationTest;

/** Importing plan files into the database: counts, idempotence, updates by code, archiving. */
class PlanImportTest extends IntegrationTest {

	@Autowired
	PlanImportService importer;

	@Autowired
	PlanQueries queries;

	@Autowired
	Plans plans;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Counted by hand from the source texts (db/plans/EXPECTED_COUNTS.md gives the commands) and
	 * checked against the YAML files: toshima 1/3/11/16, iwaki 4/11/21/44, tama 4/11/24/0,
	 * nishitokyo 3/2/5/5.
	 */
	@Test
	void allFourPlansLoadAtStartWithTheNodesOfTheSourceTexts() {
		assertThat(counts("toshima")).containsExactly(1L, 3L, 11L, 16L);
		assertThat(counts("iwaki")).containsExactly(4L, 11L, 21L, 44L);
		assertThat(counts("tama")).containsExactly(4L, 11L, 24L, 0L);
		assertThat(counts("nishitokyo")).containsExactly(3L, 2L, 5L, 5L);
	}

	@Test
	void startUpDoesNotApplyTheSameFileTwice() throws Exception {
		byte[] toshima = Files.readAllBytes(Path.of("db/plans/toshima.yaml"));

		assertThat(importer.importAtStartup("toshima.yaml", toshima)).isEmpty();
	}

	@Test
	void importingTheSameContentAgainChangesNothingNotEvenAVersion() {
		String file = TestPlanFiles.copyOf("iwaki", "test-reimport");
		ImportOutcome first = importer.importUpload("test-reimport.yaml", TestPlanFiles.bytes(file), null);
		assertThat(first.isRefused()).isFalse();
		assertThat(first.added()).isEqualTo(80);
		var before = snapshot("test-reimport");

		ImportOutcome same = importer.importUpload("test-reimport.yaml", TestPlanFiles.bytes(file), null);
		// The same content in another layout (a comment, flow style) is still the same plan.
		ImportOutcome reformatted = importer.importUpload("test-reimport.yaml",
				TestPlanFiles.bytes("# edited by hand\n" + file.replace("levels: [基本方針, 施策の方向性, 施策の柱, 具体的手段]",
						"levels:\n  - 基本方針\n  - 施策の方向性\n  - 施策の柱\n  - 具体的手段")),
				null);

		assertThat(same.isUnchanged()).isTrue();
		assertThat(reformatted.isUnchanged()).isTrue();
		assertThat(snapshot("test-reimport")).isEqualTo(before);
	}

	@Test
	void aChangedFileUpdatesByCodeAndArchivesWhatItNoLongerListsKeepingIds() {
		String original = TestPlanFiles.copyOf("toshima", "test-change");
		importer.importUpload("test-change.yaml", TestPlanFiles.bytes(original), null);
		Map<String, Long> idsBefore = ids("test-change");

		// a-1-d and its one action leave the plan; a-1-a is renamed; a-2-a-a moves under a-1-a.
		String changed = original
				.replace("title: 多様な学習機会の提供", "title: 多様な学習機会の提供（改訂）")
				.replace("""
						          - code: "a-1-d"
						            title: 地域資源の発見と活用
						            children:
						              - code: "a-1-d-a"
						                title: 地域の歴史や文化、産業などの理解を深めて、地域ブランディングの向上を促進させていきます。
						""", "")
				.replace("""
						          - code: "a-2-a"
						            title: つながりを生む広報活動の充実
						            children:
						              - code: "a-2-a-a"
						                title: 人と人、人と活動、活動と活動が繋がるためのコーディネート機能の充実を図ります。
						""", """
						          - code: "a-2-a"
						            title: つながりを生む広報活動の充実
						""")
				.replace("""
						              - code: "a-1-a-b"
						""", """
						              - code: "a-2-a-a"
						                title: 人と人、人と活動、活動と活動が繋がるためのコーディネート機能の充実を図ります。
						              - code: "a-1-a-b"
						""");
		assertThat(changed).isNotEqualTo(original);

		ImportOutcome outcome = importer.importUpload("test-change.yaml", TestPlanFiles.bytes(changed), null);

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.added()).isZero();
		assertThat(outcome.archived()).isEqualTo(2);
		assertThat(ids("test-change")).isEqualTo(idsBefore);
		var tree = queries.tree("test-change").orElseThrow();
		assertThat(tree.node("a-1-d").orElseThrow().archived()).isTrue();
		assertThat(tree.node("a-1-d-a").orElseThrow().archived()).isTrue();
		assertThat(tree.node("a-1-a").orElseThrow().title()).isEqualTo("多様な学習機会の提供（改訂）");
		assertThat(tree.node("a-2-a-a").orElseThrow().parentId()).isEqualTo(idsBefore.get("a-1-a"));
		assertThat(tree.node("a-1-a").orElseThrow().activeChildren()).extracting(n -> n.code())
				.containsExactly("a-1-a-a", "a-2-a-a", "a-1-a-b");
		assertThat(tree.countByLevel().values()).containsExactly(1L, 3L, 10L, 15L);
		// What linked to an archived node still finds it.
		assertThat(plans.findNode(idsBefore.get("a-1-d"))).get().extracting(PlanNodeRef::code).isEqualTo("a-1-d");

		ImportOutcome back = importer.importUpload("test-change.yaml", TestPlanFiles.bytes(original), null);

		assertThat(back.restored()).isEqualTo(2);
		assertThat(back.added()).isZero();
		assertThat(ids("test-change")).isEqualTo(idsBefore);
		assertThat(queries.tree("test-change").orElseThrow().countByLevel().values()).containsExactly(1L, 3L, 11L, 16L);
	}

	@Test
	void aFileThatMovesACodeToAnotherLevelIsRefusedAndChangesNothing() {
		importer.importUpload("test-level.yaml", TestPlanFiles.bytes(TestPlanFiles.small("test-level")), null);
		var before = snapshot("test-level");
		String moved = TestPlanFiles.small("test-level").replace("""
				      - code: "b-1"
				        title: 方針B1
				""", """
				      - code: "b-1"
				        title: 方針B1
				        children:
				          - code: "a-2"
				            title: 方針A2のつもり
				""").replace("""
				      - code: "a-2"
				        title: 方針A2
				""", "");

		ImportOutcome outcome = importer.importUpload("test-level.yaml", TestPlanFiles.bytes(moved), null);

		assertThat(outcome.problems()).extracting(p -> p.path() + " " + p.messageKey() + " " + p.args())
				.containsExactly("goals[1].children[0].children[0].code plan.import.error.levelChanged [a-2, 2, 3]");
		assertThat(snapshot("test-level")).isEqualTo(before);
	}

	@Test
	void exportThenImportIsIdentical() {
		var writer = new PlanFileWriter();
		String exported = writer.write(queries.tree("toshima").orElseThrow().toDocument());
		var before = snapshot("toshima");

		ImportOutcome outcome = importer.importUpload("toshima.yaml", TestPlanFiles.bytes(exported), null);
		String again = writer.write(queries.tree("toshima").orElseThrow().toDocument());

		assertThat(outcome.isUnchanged()).isTrue();
		assertThat(again).isEqualTo(exported);
		var parser = new PlanFileParser();
		assertThat(parser.parse(again.getBytes(StandardCharsets.UTF_8)).document())
				.isEqualTo(parser.parse(exported.getBytes(StandardCharsets.UTF_8)).document());
		assertThat(snapshot("toshima")).isEqualTo(before);
	}

	@Test
	void otherModulesLinkToActionsOrToMeasuresWherePlansListNoActions() {
		List<PlanNodeRef> targets = plans.linkTargets();

		assertThat(plans.activePlanCode()).isEqualTo("toshima");
		assertThat(targets).hasSize(16).allSatisfy(ref -> {
			assertThat(ref.planCode()).isEqualTo("toshima");
			assertThat(ref.level()).isEqualTo(PlanLevel.ACTION);
		});
		assertThat(plans.findNode(targets.get(0).id())).contains(targets.get(0));
	}

	@Test
	void theDatabaseRefusesAParentOnTheWrongLevel() {
		Long goal = jdbc.queryForObject(
				"select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = 'toshima' and n.code = 'a'",
				Long.class);
		Long action = jdbc.queryForObject(
				"select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = 'toshima' and n.code = 'a-1-a-a'",
				Long.class);

		org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> jdbc.update("update plan_node set parent_id = ? where id = ?", goal, action))
				.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
				.hasMessageContaining("the parent must be on level 3 of the same plan");
	}

	private List<Long> counts(String code) {
		return List.copyOf(queries.tree(code).orElseThrow().countByLevel().values());
	}

	private Map<String, Long> ids(String planCode) {
		return jdbc.query("select n.code, n.id from plan_node n join plan p on p.id = n.plan_id where p.code = ?",
				rs -> {
					var ids = new java.util.TreeMap<String, Long>();
					while (rs.next()) {
						ids.put(rs.getString(1), rs.getLong(2));
					}
					return ids;
				}, planCode);
	}

	/** Everything of a plan a change could touch, versions included. */
	private List<Map<String, Object>> snapshot(String planCode) {
		var rows = new java.util.ArrayList<Map<String, Object>>();
		rows.addAll(jdbc.queryForList("select id, version, title, vision, note, status from plan where code = ?", planCode));
		rows.addAll(jdbc.queryForList("""
				select n.id, n.version, n.code, n.title, n.description, n.parent_id, n.position, n.archived_at
				from plan_node n join plan p on p.id = n.plan_id where p.code = ? order by n.id""", planCode));
		rows.addAll(jdbc.queryForList("""
				select i.id, i.version, i.name, i.baseline_value, i.target_value from plan_indicator i
				join plan_node n on n.id = i.node_id join plan p on p.id = n.plan_id where p.code = ? order by i.id""",
				planCode));
		return rows;
	}
}
