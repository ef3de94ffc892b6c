package jp.manabi.portal.course.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

import jakarta.persistence.EntityManagerFactory;

import jp.manabi.portal.support.IntegrationTest;

/**
 * The fixed query set: what residents type, and which courses each query must and must not
 * return. Facets, sorting and hostile input too.
 */
class CourseSearchTest extends IntegrationTest {

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	CourseSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Map<String, Long> ids;

	@BeforeEach
	void catalogue() {
		ids = fixtures.ids();
	}

	static Stream<Arguments> querySet() {
		return Stream.of(
				// query string, must return, must not return. (パソコン's category is 「IT・スマホ」,
				// so スマホ rightly finds it too.)
				Arguments.of("q=防災", List.of("bousai", "bousaiOyako"), List.of("eigo", "draft", "shodo")),
				Arguments.of("q=英語", List.of("eigo"), List.of("bousai", "nihongo")),
				Arguments.of("q=子育て", List.of("kosodate"), List.of("bousai", "eigo")),
				Arguments.of("q=パソコン", List.of("pasokon"), List.of("sumaho")),
				Arguments.of("q=ぱそこん", List.of("pasokon"), List.of("sumaho")),
				Arguments.of("q=ﾊﾟｿｺﾝ", List.of("pasokon"), List.of("sumaho")),
				Arguments.of("q=ＰＣ", List.of("pasokon"), List.of("sumaho", "eigo")),
				Arguments.of("q=pc", List.of("pasokon"), List.of("sumaho")),
				Arguments.of("q=ｽﾏﾎ", List.of("sumaho"), List.of("bousai", "eigo")),
				Arguments.of("q=すまほ", List.of("sumaho"), List.of("bousai", "eigo")),
				Arguments.of("q=スマホ", List.of("sumaho"), List.of("bousai", "eigo")),
				Arguments.of("q=手話", List.of("shuwa"), List.of("bousai", "eigo")),
				Arguments.of("q=高齢者", List.of("pasokon", "sumaho", "rekishi"), List.of("eigo", "kosodate")),
				Arguments.of("q=seniors", List.of("pasokon", "sumaho"), List.of("eigo")),
				Arguments.of("time=EVENING", List.of("eigo", "shuwa", "yoga", "online"), List.of("bousai", "pasokon")),
				Arguments.of("q=ヨガ&time=EVENING", List.of("yoga"), List.of("eigo", "shuwa")),
				Arguments.of("q=書道", List.of("shodo"), List.of("bousai")),
				Arguments.of("q=歴史", List.of("rekishi"), List.of("shodo")),
				Arguments.of("q=池袋", List.of("rekishi"), List.of("online", "bousai")),
				Arguments.of("q=日本語", List.of("nihongo"), List.of("eigo")),
				Arguments.of("q=sign language", List.of("shuwa"), List.of("eigo")),
				Arguments.of("q=English", List.of("eigo"), List.of("bousai")),
				Arguments.of("q=smartphone", List.of("sumaho"), List.of("pasokon")),
				Arguments.of("q=SDGs", List.of("online"), List.of("bousai")),
				Arguments.of("q=防災 親子", List.of("bousaiOyako"), List.of("bousai")),
				Arguments.of("q=防災　親子", List.of("bousaiOyako"), List.of("bousai")),
				Arguments.of("q=絵本", List.of("kosodate"), List.of("bousai")),
				Arguments.of("q=目白庭園", List.of("bousaiOyako", "kosodate", "rekishi"), List.of("eigo")),
				Arguments.of("category=it", List.of("pasokon", "sumaho"), List.of("bousai", "eigo")),
				Arguments.of("category=it&category=disaster", List.of("pasokon", "bousai"), List.of("eigo")),
				Arguments.of("audience=PARENT_CHILD", List.of("bousaiOyako", "kosodate"), List.of("bousai")),
				Arguments.of("free=true&q=防災", List.of("bousai"), List.of("bousaiOyako")),
				Arguments.of("childcare=true", List.of("kosodate", "bousaiOyako", "nihongo"), List.of("bousai", "eigo")),
				Arguments.of("online=true", List.of("online"), List.of("bousai")),
				Arguments.of("weekend=true", List.of("bousai", "rekishi", "nihongo"), List.of("pasokon", "eigo")),
				Arguments.of("day=WEDNESDAY", List.of("eigo"), List.of("bousai", "yoga")),
				Arguments.of("area=mejiro", List.of("bousaiOyako", "rekishi"), List.of("bousai", "online")),
				Arguments.of("accepting=true", List.of("bousai", "eigo"), List.of("sumaho", "shodo", "haiku")),
				Arguments.of("q=俳句", List.of(), List.of("haiku")),
				Arguments.of("q=俳句&past=true", List.of("haiku"), List.of("bousai")),
				Arguments.of("q=下書き", List.of(), List.of("draft")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("querySet")
	void theQuerySetReturnsWhatResidentsExpect(String queryString, List<String> mustReturn, List<String> mustNot) {
		var found = findAll(queryString);
		assertThat(found).as("%s must return", queryString)
				.containsAll(mustReturn.stream().map(ids::get).toList());
		assertThat(found).as("%s must not return", queryString)
				.doesNotContainAnyElementsOf(mustNot.stream().map(ids::get).toList());
	}

	@Autowired
	jp.manabi.portal.course.domain.CourseService courseService;

	@Autowired
	jp.manabi.portal.plan.Plans plans;

	@Test
	void aCourseLinkedToAnActionIsFoundUnderItsGoalAndListedOnThePlanPages() {
		var action = plans.linkTargets().get(0);
		var path = plans.path(action.id());
		var goal = path.get(0);
		assertThat(goal.level()).isEqualTo(jp.manabi.portal.plan.PlanLevel.GOAL);
		courseService.linkToPlan(ids.get("shuwa"), java.util.Set.of(action.id()));

		assertThat(findAll("goal=" + goal.id())).contains(ids.get("shuwa")).doesNotContain(ids.get("eigo"));
		assertThat(search.search(CourseQuery.from(params("q=手話"))).facets().planNode(goal.id())).isEqualTo(1);

		for (var node : path) {
			String page = org.springframework.web.util.UriComponentsBuilder.fromPath("/plan/{plan}/{node}")
					.buildAndExpand(node.planCode(), node.code()).encode().toUriString();
			assertThat(session().get(page).body()).as(page).contains("手話で話そう 入門");
		}
		assertThat(session().get("/courses/" + ids.get("shuwa")).body()).contains(action.title());
	}

	@Test
	void facetCountsDescribeTheResults() {
		var result = search.search(CourseQuery.from(params("q=防災")));
		assertThat(result.facets().category("disaster")).isGreaterThanOrEqualTo(2);
		assertThat(result.facets().audience("PARENT_CHILD")).isGreaterThanOrEqualTo(1);
		assertThat(result.facets().day("SATURDAY")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void sortingByDeadlinePutsTheEarliestDeadlineFirst() {
		var result = search.search(CourseQuery.from(params("accepting=true&sort=deadline")));
		// Only this test's own courses: other tests move windows straight in the database.
		var deadlines = result.cards().stream().filter(card -> ids.containsValue(card.id())).map(CourseCard::closesAt)
				.toList();
		assertThat(deadlines).isSorted();
	}

	@Test
	void hostileAndOddInputGivesAnOrdinaryResult() {
		for (String query : List.of("q=*?:\"(", "q=<script>alert(1)</script>", "q=" + "あ".repeat(2_000),
				"page=-1", "page=999999", "category=../../etc", "audience=NOBODY", "day=FUNDAY", "sort=sideways",
				"venue=abc", "q=AND OR NOT", "q=\\", "q=%00")) {
			var result = search.search(CourseQuery.from(params(query)));
			assertThat(result).as(query).isNotNull();
		}
		assertThat(CourseQuery.from(params("page=999999")).page()).isEqualTo(CourseQuery.MAX_PAGE);
		assertThat(CourseQuery.from(params("page=-1")).page()).isZero();
	}

	@Test
	void hostileInputGetsAnOrdinaryPageOverHttp() {
		var web = session();
		for (String query : List.of("q=%2A%3F%3A%22%28", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "page=-1",
				"page=999999", "category=..%2F..%2Fetc", "audience=NOBODY&day=FUNDAY&time=NOON", "venue=abc&goal=x",
				"q=" + "%E3%81%82".repeat(2_000))) {
			var response = web.get("/courses?" + query);
			String label = query.length() > 60 ? query.substring(0, 60) + "…" : query;
			assertThat(response.statusCode()).as(label).isEqualTo(200);
			assertThat(response.body()).as(label).doesNotContain("<script>alert(1)").contains("講座をさがす");
		}
		// Bytes that are not UTF-8 cannot be read as a query: the error page in the resident's language.
		var misEncoded = web.get("/courses?q=%C3%28");
		assertThat(misEncoded.statusCode()).isEqualTo(400);
		assertThat(misEncoded.body()).contains("リクエストの内容に誤りがあります");
		// So is a NUL character, which no text in the portal may hold (config/UnreadableParametersFilter).
		var nul = web.get("/courses?sort=%00");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("リクエストの内容に誤りがあります");
		assertThat(web.get("/courses/feed.ics?q=%3Cscript%3E").statusCode()).isEqualTo(200);
		assertThat(web.get("/courses/calendar?month=99999-99").statusCode()).isEqualTo(200);
		assertThat(web.get("/courses/123456789").statusCode()).isEqualTo(404);
		assertThat(web.get("/courses/" + ids.get("draft")).statusCode()).isEqualTo(404);
	}

	@Test
	void aPageOfResultsTakesAFixedNumberOfStatements() {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		search.search(CourseQuery.from(params("")));
		long few = statistics.getPrepareStatementCount();
		statistics.clear();
		var result = search.search(CourseQuery.from(params("past=true")));
		long many = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		assertThat(result.cards().size()).isGreaterThan(5);
		// One query loads all the cards of a page, however many there are: no N+1.
		assertThat(many).isLessThanOrEqualTo(1).isEqualTo(few);
	}

	private List<Long> findAll(String queryString) {
		var result = search.search(CourseQuery.from(params(queryString + "&past=" + queryString.contains("past=true"))));
		var found = new java.util.ArrayList<Long>(result.cards().stream().map(CourseCard::id).toList());
		for (int page = 1; page < result.pageCount(); page++) {
			var more = search.search(CourseQuery.from(params(queryString + "&page=" + page)));
			more.cards().forEach(card -> found.add(card.id()));
		}
		return found;
	}

	static LinkedMultiValueMap<String, String> params(String queryString) {
		var params = new LinkedMultiValueMap<String, String>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			params.add(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
		}
		return params;
	}
}
