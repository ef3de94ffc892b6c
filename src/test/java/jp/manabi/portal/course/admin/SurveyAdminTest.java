package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.course.domain.SurveyAnswer;
import jp.manabi.portal.course.domain.SurveyService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;

/** Staff see a course's survey results, without names; residents may not. */
class SurveyAdminTest extends IntegrationTest {

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	SurveyService surveys;

	@Test
	void staffSeeTheAverageTheSpreadAndTheCommentsWithoutNames() {
		long course = fixtures.heldCourse("職員が見るアンケート " + System.nanoTime());
		var answered = new ArrayList<Created>();
		int[] given = { 5, 5, 4, 3 };
		for (int satisfaction : given) {
			var person = accounts.resident();
			answered.add(person);
			long application = fixtures.application(course, person.id(), ApplicationStatus.CONFIRMED);
			surveys.answer(application, person.id(), new SurveyAnswer(satisfaction,
					satisfaction == 3 ? "講師の説明が丁寧" : null, satisfaction == 3 ? "会場が寒かった" : null, null));
		}
		fixtures.application(course, accounts.resident().id(), ApplicationStatus.CONFIRMED);

		var staff = session();
		var member = accounts.staff();
		staff.logIn(member.email(), member.password());
		var page = staff.get("/admin/courses/" + course + "/survey");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("アンケート結果").contains("受講者5人中 4人が回答").contains("4.3（5段階）")
				.contains("講師の説明が丁寧").contains("会場が寒かった").contains("<th scope=\"row\">5 とても満足</th>")
				.contains("50%");
		for (var person : answered) {
			assertThat(page.body()).doesNotContain(person.email());
		}
		assertThat(staff.acceptLanguage("en").get("/admin/courses/" + course + "/survey").body())
				.contains("4 of 5 participants answered").contains("4.3 out of 5");
		// The course's edit page leads there.
		assertThat(staff.acceptLanguage("ja").get("/admin/courses/" + course + "/edit").body())
				.contains("/admin/courses/" + course + "/survey");

		long empty = fixtures.heldCourse("回答のない講座 " + System.nanoTime());
		assertThat(staff.get("/admin/courses/" + empty + "/survey").body()).contains("まだ回答がありません");
		assertThat(staff.get("/admin/courses/999999999999/survey").statusCode()).isEqualTo(404);
	}

	@Test
	void residentsMayNotSeeTheResults() {
		long course = fixtures.heldCourse("住民には見せない " + System.nanoTime());
		var resident = accounts.resident();
		var web = session();
		web.logIn(resident.email(), resident.password());
		assertThat(web.get("/admin/courses/" + course + "/survey").statusCode()).isEqualTo(403);
	}
}
