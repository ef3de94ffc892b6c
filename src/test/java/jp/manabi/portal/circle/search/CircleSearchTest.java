package jp.manabi.portal.circle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.circle.CircleFixtures;
import jp.manabi.portal.circle.domain.ActivityDetails;
import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.CircleTestData;
import jp.manabi.portal.plan.Plans;
import jp.manabi.portal.support.IntegrationTest;

/**
 * The circle search: what residents type and tick, which circles each query must and must not
 * return; only listed circles ever (not pending, suspended or lapsed ones), and their pages.
 */
class CircleSearchTest extends IntegrationTest {

	@Autowired
	CircleFixtures fixtures;

	@Autowired
	CircleSearch search;

	@Autowired
	CircleTestData data;

	@Autowired
	Plans plans;

	Map<String, Long> ids;

	@BeforeEach
	void circles() {
		ids = fixtures.ids();
	}

	static Stream<Arguments> querySet() {
		return Stream.of(
				Arguments.of("q=ヨガ", List.of("yoga"), List.of("chorus", "shodo")),
				// ひらがな and half-width カタカナ find the カタカナ name.
				Arguments.of("q=よが", List.of("yoga"), List.of("chorus", "shodo")),
				Arguments.of("q=こーらす", List.of("chorus"), List.of("yoga")),
				Arguments.of("q=ｺｰﾗｽ", List.of("chorus"), List.of("yoga")),
				Arguments.of("q=書道", List.of("shodo"), List.of("chorus", "eikaiwa")),
				Arguments.of("q=英会話", List.of("eikaiwa"), List.of("chorus")),
				Arguments.of("q=英語", List.of("eikaiwa"), List.of("chorus")),
				// recruitingWhom, venue, category name in either language.
				Arguments.of("q=留学生", List.of("eikaiwa"), List.of("chorus", "yoga")),
				Arguments.of("q=巣鴨", List.of("chorus"), List.of("eikaiwa")),
				Arguments.of("q=音楽", List.of("chorus"), List.of("yoga", "shodo")),
				Arguments.of("q=music", List.of("chorus"), List.of("yoga")),
				Arguments.of("q=ヨガ 芝生", List.of("yoga"), List.of("chorus")),
				Arguments.of("q=ヨガ　合唱", List.of(), List.of("yoga", "chorus")),
				Arguments.of("category=music", List.of("chorus"), List.of("yoga", "shodo", "eikaiwa")),
				Arguments.of("category=music&category=sports", List.of("chorus", "yoga"), List.of("shodo")),
				Arguments.of("area=mejiro", List.of("yoga"), List.of("chorus", "shodo")),
				Arguments.of("day=WEDNESDAY", List.of("chorus"), List.of("yoga", "shodo", "eikaiwa")),
				Arguments.of("day=TUESDAY", List.of("yoga"), List.of("chorus")),
				Arguments.of("time=MORNING", List.of("yoga"), List.of("chorus", "shodo", "eikaiwa")),
				Arguments.of("time=EVENING", List.of("chorus", "eikaiwa"), List.of("yoga", "shodo")),
				Arguments.of("time=AFTERNOON", List.of("shodo"), List.of("chorus", "yoga")),
				Arguments.of("recruiting=true", List.of("chorus", "yoga", "eikaiwa"), List.of("shodo")),
				Arguments.of("beginners=true", List.of("chorus", "shodo"), List.of("yoga", "eikaiwa")),
				Arguments.of("recruiting=true&beginners=true", List.of("chorus"), List.of("yoga", "shodo")),
				// Not listed: waiting for review, suspended, registration lapsed.
				Arguments.of("q=囲碁", List.of(), List.of("pending")),
				Arguments.of("q=将棋", List.of(), List.of("suspended")),
				Arguments.of("q=手芸", List.of(), List.of("lapsed")),
				Arguments.of("", List.of("chorus", "yoga", "shodo", "eikaiwa"), List.of("pending", "suspended", "lapsed")),
				Arguments.of("day=MONDAY", List.of(), List.of("pending", "suspended", "lapsed")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("querySet")
	void theQuerySetReturnsWhatResidentsExpect(String queryString, List<String> mustReturn, List<String> mustNot) {
		var found = findAll(queryString);
		assertThat(found).as("%s must return", queryString).containsAll(mustReturn.stream().map(ids::get).toList());
		assertThat(found).as("%s must not return", queryString)
				.doesNotContainAnyElementsOf(mustNot.stream().map(ids::get).toList());
	}

	@Test
	void facetCountsDescribeTheResults() {
		var facets = search.search(CircleQuery.from(params("q=すずかけコーラス隊"))).facets();
		assertThat(facets.category("music")).isEqualTo(1);
		assertThat(facets.category("sports")).isZero();
		assertThat(facets.area("sugamo")).isEqualTo(1);
		assertThat(facets.day("WEDNESDAY")).isEqualTo(1);
		assertThat(facets.timeBand("EVENING")).isEqualTo(1);
		assertThat(facets.recruiting()).isEqualTo(1);
		assertThat(facets.beginners()).isEqualTo(1);
	}

	@Test
	void sortingByNameAndNewestKeepsTheirOrder() {
		var byName = search.search(CircleQuery.from(params("q=クラブ&sort=name"))).cards().stream()
				.map(CircleCard::name).toList();
		assertThat(byName).isSorted();
		var newest = search.search(CircleQuery.from(params("sort=new"))).cards().stream().map(CircleCard::id)
				.filter(ids::containsValue).toList();
		assertThat(newest).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void theListPageShowsCardsWithScheduleInWordsAndFiltersWithoutJavaScript() {
		var page = session().get("/circles?q=%E3%81%99%E3%81%9A%E3%81%8B%E3%81%91&recruiting=true").body();
		assertThat(page).contains("すずかけコーラス隊").contains("毎週水曜日 19:00～21:00").contains("会員募集中")
				.contains("初心者歓迎").contains("巣鴨").contains("name=\"recruiting\"").contains("method=\"get\"")
				.doesNotContain("朝のヨガ友の会");
		var yoga = session().get("/circles?area=mejiro").body();
		assertThat(yoga).contains("朝のヨガ友の会").contains("第2・第4火曜日 10:00～11:30");
	}

	@Test
	void unlistedCirclesPagesAreNotFound() {
		var web = session();
		for (String key : List.of("pending", "suspended", "lapsed")) {
			assertThat(web.get("/circles/" + ids.get(key)).statusCode()).as(key).isEqualTo(404);
		}
		assertThat(web.get("/circles/987654321").statusCode()).isEqualTo(404);
		var resident = accounts.resident();
		var signedIn = session();
		signedIn.logIn(resident.email(), resident.password());
		for (String key : List.of("pending", "suspended", "lapsed")) {
			assertThat(signedIn.get("/circles/" + ids.get(key) + "/join").statusCode()).as(key).isEqualTo(404);
		}
	}

	@Test
	void aCirclePageShowsDetailsActivitiesAndNeverTheLeadersContact() {
		long chorus = ids.get("chorus");
		data.addActivity(chorus, new ActivityDetails(ActivityKind.EVENT, "秋の発表会", "", fixtures.today().plusDays(10),
				LocalTime.of(14, 0), LocalTime.of(16, 0), "巣鴨地域文化創造館", "sugamo", 50, true, 0),
				fixtures.leader().id());
		var response = session().get("/circles/" + chorus);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("すずかけコーラス隊").contains("毎週水曜日 19:00～21:00").contains("巣鴨地域文化創造館")
				.contains("12人").contains("月額 1,000円").contains("歌が好きな方ならどなたでも").contains("秋の発表会")
				.contains("/circles/" + chorus + "/activities/").contains("入会希望を送る")
				.doesNotContain(fixtures.leader().email()).doesNotContain("試験 太郎");
	}

	@Test
	void aCircleLinkedToAnActionIsListedOnThePlanPagesAndLinksToThem() {
		long yoga = ids.get("yoga");
		var action = plans.linkTargets().get(0);
		var path = plans.path(action.id());
		data.linkToPlan(yoga, Set.of(action.id()),
				Set.copyOf(path.stream().map(jp.manabi.portal.plan.PlanNodeRef::id).toList()));
		for (var node : path) {
			String page = UriComponentsBuilder.fromPath("/plan/{plan}/{node}")
					.buildAndExpand(node.planCode(), node.code()).encode().toUriString();
			assertThat(session().get(page).body()).as(page).contains("朝のヨガ友の会").contains("/circles/" + yoga);
		}
		assertThat(session().get("/circles/" + yoga).body()).contains(action.title());
		// Unlisted circles are never listed on the plan's pages.
		data.linkToPlan(ids.get("pending"), Set.of(action.id()), Set.of(action.id()));
		assertThat(search.servingPlanNode(action.id(), 100)).extracting(CircleCard::id)
				.contains(yoga).doesNotContain(ids.get("pending"));
	}

	@Test
	void hostileInputGetsAnOrdinaryPage() {
		var web = session();
		for (String query : List.of("q=%2A%3F%3A%22%28", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "page=-1",
				"page=999999", "category=..%2F..%2Fetc", "day=FUNDAY&time=NOON", "sort=sideways",
				"q=" + "%E3%81%82".repeat(2_000))) {
			var response = web.get("/circles?" + query);
			String label = query.length() > 60 ? query.substring(0, 60) : query;
			assertThat(response.statusCode()).as(label).isEqualTo(200);
			assertThat(response.body()).as(label).doesNotContain("<script>alert(1)").contains("サークル・団体をさがす");
		}
		assertThat(CircleQuery.from(params("page=999999")).page()).isEqualTo(CircleQuery.MAX_PAGE);
	}

	private List<Long> findAll(String queryString) {
		var result = search.search(CircleQuery.from(params(queryString)));
		var found = new ArrayList<Long>(result.cards().stream().map(CircleCard::id).toList());
		for (int page = 1; page < result.pageCount(); page++) {
			search.search(CircleQuery.from(params(queryString + "&page=" + page))).cards()
					.forEach(card -> found.add(card.id()));
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
