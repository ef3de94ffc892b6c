package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.course.CourseStatus;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseListQuery;
import jp.manabi.portal.course.domain.CourseListQuery.Filter;
import jp.manabi.portal.course.domain.CourseListQuery.Term;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.course.domain.VenueService;
import jp.manabi.portal.course.domain.VenueService.VenueDetails;
import jp.manabi.portal.support.IntegrationTest;

/** The staff list: two statements a page however many rows (no N+1), and every page in both languages. */
class CourseAdminListTest extends IntegrationTest {

	@Autowired
	CourseListQuery list;

	@Autowired
	CourseService courses;

	@Autowired
	VenueService venues;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aPageLoadsCategoryAndVenueInTheSameQuery() {
		String marker = "件数" + System.nanoTime();
		long venue = venues.create(new VenueDetails("会館" + marker, null, null, "豊島区南池袋2-2-2", null, null,
				"minami-ikebukuro"));
		for (int i = 0; i < 25; i++) {
			var d = CourseAdminTestData.details(marker + " " + i);
			var atVenue = new CourseDetails(d.title(), null, d.summary(), null, "", i % 2 == 0 ? "it" : "language",
					d.organizerType(), d.organizerName(), i % 3 == 0 ? venue : null, i % 3 != 0, d.capacity(), 0,
					d.applicationOpensAt(), d.applicationClosesAt(), d.selectionMethod(), d.eligibility(), null, null,
					false, null, null, null, false, false, d.audiences());
			courses.create(atVenue, CourseAdminTestData.oneSession());
		}

		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		var page = list.find(new Filter(marker, null, null, Term.UPCOMING), 0, 20);
		// Outside the transaction now: reading an association that was not fetched would fail here.
		page.forEach(c -> {
			c.getCategory().getNameJa();
			if (c.getVenue() != null) {
				c.getVenue().getName();
			}
		});
		long statements = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);

		assertThat(page.getContent()).hasSize(20);
		assertThat(page.getTotalElements()).isEqualTo(25);
		assertThat(statements).as("a count and one select").isEqualTo(2);

		var last = list.find(new Filter(marker, null, null, Term.UPCOMING), 99, 20);
		assertThat(last.getNumber()).isEqualTo(1);
		assertThat(last.getContent()).hasSize(5);
		assertThat(list.find(new Filter(marker, CourseStatus.PUBLISHED, null, Term.ALL), 0, 20).getTotalElements())
				.isZero();
		assertThat(list.find(new Filter(marker, null, "language", Term.ALL), 0, 20).getTotalElements()).isEqualTo(12);

		var account = accounts.staff();
		var web = session();
		web.logIn(account.email(), account.password());
		String query = "?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
		var first = web.get("/admin/courses" + query).body();
		assertThat(first).contains("25件の講座", "1／2ページ", "rel=\"next\"").doesNotContain("rel=\"prev\"");
		var next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
		assertThat(next.find()).isTrue();
		var second = web.get(next.group(1).replace("&amp;", "&")).body();
		assertThat(second).contains("2／2ページ", "rel=\"prev\"", marker + " 24").doesNotContain("rel=\"next\"");
	}

	@Test
	void everyPageRendersInBothLanguages() {
		var account = accounts.staff();
		long id = courses.create(CourseAdminTestData.details("両言語"), CourseAdminTestData.oneSession());
		long venue = venues.create(new VenueDetails("両言語会館" + System.nanoTime(), "Hall", "A", "豊島区西池袋3-3-3", null,
				null, "nishi-ikebukuro"));
		for (String language : new String[] { "ja", "en" }) {
			var web = session().acceptLanguage(language);
			web.logIn(account.email(), account.password());
			for (String path : new String[] { "/admin", "/admin/courses", "/admin/courses?term=all&page=2",
					"/admin/courses/new", "/admin/courses/" + id + "/edit", "/admin/courses/venues",
					"/admin/courses/venues/new", "/admin/courses/venues/" + venue + "/edit", "/admin/courses/categories",
					"/admin/courses/categories/new", "/admin/courses/categories/it/edit", "/admin/courses/import" }) {
				var response = web.get(path);
				assertThat(response.statusCode()).as(language + " " + path).isEqualTo(200);
				assertThat(response.body()).as(language + " " + path).contains("lang=\"" + language + "\"")
						.doesNotContain("??", "course-admin.");
			}
			var invalid = new LinkedHashMap<String, String>(CourseAdminTestData.validForm(""));
			invalid.put("capacity", "0");
			var errors = web.submit("/admin/courses/new", "/admin/courses/new", invalid);
			assertThat(errors.statusCode()).isEqualTo(200);
			assertThat(errors.body()).contains("capacity-error").doesNotContain("??");
		}
	}
}
