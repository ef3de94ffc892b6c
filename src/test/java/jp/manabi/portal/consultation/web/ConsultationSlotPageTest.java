package jp.manabi.portal.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.consultation.domain.ConsultationTestData;
import jp.manabi.portal.consultation.domain.PublicHolidayRepository;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.support.IntegrationTest;

/** The public topic list and a topic's free slots: filters, holidays, pages, htmx, nothing to book. */
class ConsultationSlotPageTest extends IntegrationTest {

	private static final Pattern DAY = Pattern.compile("id=\"day-(\\d{4}-\\d{2}-\\d{2})\"");
	private static final Pattern TIME = Pattern.compile("class=\"slot-link__time\">(\\d{2}:\\d{2})–");

	@Autowired
	ConsultationTestData data;

	@Autowired
	PublicHolidayRepository holidays;

	@Autowired
	SlotFinder finder;

	@Test
	void theListShowsActiveTopicsWithTheirRulesAndLinks() {
		var setup = data.topicWithCounselor();
		var page = session().get("/consultations");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("学習相談").contains("何を学びたいか").contains("30分")
				.contains("1日後から60日後まで").contains("/consultations/" + setup.code()).contains("窓口");
	}

	@Test
	void withoutFiltersMorningsEveningsAndWeekendsAreAllListedAsLinksToTheForm() {
		var setup = data.topicWithCounselor();
		String body = session().get("/consultations/" + setup.code()).body();
		assertThat(times(body)).contains("10:00", "18:00");
		assertThat(body).contains("/consultations/" + setup.code() + "/book?counselor=" + setup.counselorId() + "&amp;start=")
				.contains(ConsultationTestData.VENUE).contains(setup.counselorName());
	}

	@Test
	void eveningsOnlyShowsSlotsFromFivePm() {
		var setup = data.topicWithCounselor();
		String body = session().get("/consultations/" + setup.code() + "?evening=true").body();
		assertThat(times(body)).isNotEmpty().allSatisfy(t -> assertThat(t.compareTo("17:00")).isGreaterThanOrEqualTo(0));
		assertThat(body).contains("id=\"evening\" name=\"evening\" value=\"true\" checked");
	}

	@Test
	void weekendsOnlyShowsSaturdaysAndSundaysOnly() {
		var setup = data.topicWithCounselor();
		String body = session().get("/consultations/" + setup.code() + "?weekend=true").body();
		var days = DAY.matcher(body).results().map(m -> LocalDate.parse(m.group(1))).toList();
		assertThat(days).isNotEmpty().allSatisfy(
				d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
		assertThat(times(body)).contains("10:00", "13:00").doesNotContain("18:00");
	}

	@Test
	void aChannelFilterLeavesTheOtherChannelsOut() {
		var setup = data.topicWithCounselor();
		String body = session().get("/consultations/" + setup.code() + "?channel=PHONE").body();
		assertThat(body).contains("class=\"slot-link__channel\">電話<")
				.doesNotContain("class=\"slot-link__channel\">窓口<").doesNotContain("class=\"slot-link__channel\">オンライン<");
	}

	@Test
	void aPublicHolidayIsAClosedDayWithItsName() {
		data.loadHolidays();
		var setup = data.topicWithCounselor();
		LocalDate first = finder.today().plusDays(1);
		var holiday = holidays.findByDayBetween(first, first.plusDays(59)).stream()
				.filter(h -> h.getDay().getDayOfWeek() != DayOfWeek.SUNDAY).findFirst().orElseThrow();
		long page = ChronoUnit.DAYS.between(first, holiday.getDay()) / 14;
		String body = session().get("/consultations/" + setup.code() + "?page=" + page).body();
		int at = body.indexOf("id=\"day-" + holiday.getDay() + "\"");
		assertThat(at).isPositive();
		String day = body.substring(body.lastIndexOf("<li", at), body.indexOf("</li>", body.indexOf("</h3>", at)));
		assertThat(day).contains("slot-day--closed").contains("休日（" + holiday.getNameJa() + "）")
				.doesNotContain("slot-link");
	}

	@Test
	void pagesOfFourteenDaysLinkToEachOther() {
		var setup = data.topicWithCounselor();
		String first = session().get("/consultations/" + setup.code() + "?evening=true").body();
		assertThat(DAY.matcher(first).results().count()).isEqualTo(14);
		assertThat(first).contains("href=\"/consultations/" + setup.code() + "?evening=true&amp;page=1\"")
				.doesNotContain("rel=\"prev\"");
		String second = session().get("/consultations/" + setup.code() + "?evening=true&page=1").body();
		assertThat(second).contains("rel=\"prev\"").contains("2／5ページ");
		String beyond = session().get("/consultations/" + setup.code() + "?page=99").body();
		assertThat(beyond).contains("5／5ページ");
	}

	@Test
	void htmxGetsTheSlotListAloneFromTheSameUrl() throws Exception {
		var setup = data.topicWithCounselor();
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/consultations/"
				+ setup.code() + "?evening=true"))).header("HX-Request", "true").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().strip()).startsWith("<section id=\"slot-list\"").doesNotContain("<html")
				.doesNotContain("slot-filters");
		assertThat(times(response.body())).isNotEmpty().allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo("17:00"));
	}

	@Test
	void nothingBookableSaysSoWithTheHelpDesk() {
		var topic = data.topic(ConsultationTestData.standardRules());
		String body = session().get("/consultations/" + topic.getCode()).body();
		assertThat(body).contains("id=\"slots-nothing\"").contains("予約できる空き時間がありません")
				.contains("03-0000-0000");
	}

	@Test
	void anUnknownTopicIsNotFound() {
		assertThat(session().get("/consultations/no-such-topic").statusCode()).isEqualTo(404);
	}

	private static java.util.List<String> times(String body) {
		return TIME.matcher(body).results().map(m -> m.group(1)).toList();
	}
}
