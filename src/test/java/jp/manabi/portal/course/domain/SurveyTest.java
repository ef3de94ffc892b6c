package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;

/**
 * The satisfaction survey: only the participant's own application, only after the last session,
 * only once; and the figures staff see add up.
 */
class SurveyTest extends IntegrationTest {

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	SurveyService surveys;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aParticipantAnswersOnceAfterTheCourseAndIsThanked() {
		long course = fixtures.heldCourse("アンケートの講座 " + System.nanoTime());
		var resident = accounts.resident();
		long application = fixtures.application(course, resident.id(), ApplicationStatus.CONFIRMED);
		var web = logIn(resident);
		String path = "/mypage/applications/" + application + "/survey";

		var page = web.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("受講後アンケート").contains("name=\"satisfaction\"").contains("<legend>");

		// Nothing chosen: the form again, with the message beside the choice.
		var missing = web.submit(path, path, Map.of("goodPoints", "とても分かりやすかった"));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("id=\"satisfaction-error\"").contains("満足度を5から1の中から選んでください。")
				.contains("とても分かりやすかった");
		var tooLong = web.submit(path, path, Map.of("satisfaction", "4", "improvements", "あ".repeat(2001)));
		assertThat(tooLong.body()).contains("id=\"improvements-error\"").contains("2000文字以内");
		var outOfRange = web.submit(path, path, Map.of("satisfaction", "9"));
		assertThat(outOfRange.body()).contains("id=\"satisfaction-error\"");
		assertThat(responses(application)).isZero();

		var done = web.submit(path, path, Map.of("satisfaction", "4", "goodPoints", "実習が多くてよかった",
				"improvements", " ", "wantedNext", "応用編"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/mypage/applications"));
		assertThat(web.get("/mypage/applications").body()).contains("アンケートにご回答いただき、ありがとうございました。");
		assertThat(surveys.answered(resident.id())).containsExactly(application);

		// A second answer: a clear message, and still one answer.
		assertThat(web.get(path).body()).contains("このアンケートには回答済みです。").doesNotContain("name=\"satisfaction\"");
		var again = web.submit("/mypage", path, Map.of("satisfaction", "1"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("このアンケートには回答済みです。");
		assertThatThrownBy(() -> surveys.answer(application, resident.id(), new SurveyAnswer(1, null, null, null)))
				.isInstanceOf(SurveyRefused.class).hasMessage("course-after.survey.refused.answered");
		assertThat(responses(application)).isOne();
		assertThat(jdbc.sql("select satisfaction from course_survey_response where application_id = :id")
				.param("id", application).query(Integer.class).single()).isEqualTo(4);
		// A blank comment is no comment.
		assertThat(surveys.comments(course).improvements()).isEmpty();
	}

	@Test
	void anotherResidentsApplicationIsNotFound() {
		long course = fixtures.heldCourse("他人の申込み " + System.nanoTime());
		var owner = accounts.resident();
		var other = accounts.resident();
		long application = fixtures.application(course, owner.id(), ApplicationStatus.CONFIRMED);
		var web = logIn(other);
		String path = "/mypage/applications/" + application + "/survey";

		assertThat(web.get(path).statusCode()).isEqualTo(404);
		assertThat(web.submit("/mypage", path, Map.of("satisfaction", "1")).statusCode()).isEqualTo(404);
		assertThat(web.get("/mypage/applications/999999999999/survey").statusCode()).isEqualTo(404);
		assertThat(surveys.find(application, other.id())).isEmpty();
		assertThatThrownBy(() -> surveys.answer(application, other.id(), new SurveyAnswer(1, null, null, null)))
				.hasMessage("course-after.survey.refused.unknown");
		assertThat(responses(application)).isZero();
		// Not signed in: the login page, not the survey.
		assertThat(session().get(path).statusCode()).isEqualTo(302);
	}

	@Test
	void notBeforeTheLastSessionHasEnded() {
		var today = LocalDate.now(Course.ZONE);
		long course = fixtures.acceptingCourse("これからの講座 " + System.nanoTime(), today.plusWeeks(2),
				today.plusWeeks(3));
		var resident = accounts.resident();
		long application = applications.applyFirstCome(course, resident.id()).applicationId();

		assertThat(surveys.find(application, resident.id())).hasValueSatisfying(
				target -> assertThat(target.state()).isEqualTo(SurveyService.State.NOT_YET));
		var web = logIn(resident);
		String path = "/mypage/applications/" + application + "/survey";
		assertThat(web.get(path).body()).contains("講座の最終回が終わってから").doesNotContain("name=\"satisfaction\"");
		var posted = web.submit("/mypage", path, Map.of("satisfaction", "5"));
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("講座の最終回が終わってから");
		assertThatThrownBy(() -> surveys.answer(application, resident.id(), new SurveyAnswer(5, null, null, null)))
				.hasMessage("course-after.survey.refused.notYet");
		assertThat(responses(application)).isZero();
	}

	@Test
	void onlyThoseWhoHadAPlace() {
		long course = fixtures.heldCourse("キャンセル待ちのまま " + System.nanoTime());
		var waited = accounts.resident();
		var cancelled = accounts.resident();
		long waiting = fixtures.application(course, waited.id(), ApplicationStatus.WAITING);
		long gone = fixtures.application(course, cancelled.id(), ApplicationStatus.CANCELLED);

		assertThat(surveys.find(waiting, waited.id()).orElseThrow().state())
				.isEqualTo(SurveyService.State.NOT_PARTICIPANT);
		assertThatThrownBy(() -> surveys.answer(gone, cancelled.id(), new SurveyAnswer(3, null, null, null)))
				.hasMessage("course-after.survey.refused.notParticipant");
		assertThat(logIn(waited).get("/mypage/applications/" + waiting + "/survey").body())
				.contains("受講が確定していた方だけ");
	}

	@Test
	void theSummaryCountsAveragesAndSpreadsTheAnswers() {
		long course = fixtures.heldCourse("集計の講座 " + System.nanoTime());
		int[] given = { 5, 4, 4, 2 };
		for (int satisfaction : given) {
			long person = accounts.resident().id();
			long application = fixtures.application(course, person, ApplicationStatus.CONFIRMED);
			surveys.answer(application, person,
					new SurveyAnswer(satisfaction, "よかった " + satisfaction, null, satisfaction == 2 ? "続編" : ""));
		}
		// A participant who did not answer, and someone who cancelled: only the first counts as a participant.
		fixtures.application(course, accounts.resident().id(), ApplicationStatus.CONFIRMED);
		fixtures.application(course, accounts.resident().id(), ApplicationStatus.CANCELLED);

		var summary = surveys.summary(course);
		assertThat(summary.responses()).isEqualTo(4);
		assertThat(summary.participants()).isEqualTo(5);
		assertThat(summary.average()).isEqualTo(3.75);
		assertThat(summary.averageOneDecimal()).hasToString("3.8");
		assertThat(summary.distribution()).containsExactly(0, 1, 0, 2, 1);
		assertThat(summary.percent(4)).isEqualTo(50);
		var comments = surveys.comments(course);
		assertThat(comments.goodPoints()).containsExactly("よかった 2", "よかった 4", "よかった 4", "よかった 5");
		assertThat(comments.wantedNext()).containsExactly("続編");

		var empty = surveys.summary(fixtures.heldCourse("回答のない講座 " + System.nanoTime()));
		assertThat(empty.responses()).isZero();
		assertThat(empty.average()).isNull();
		assertThat(empty.distribution()).containsExactly(0, 0, 0, 0, 0);
	}

	private WebSession logIn(Created person) {
		var web = session();
		assertThat(web.logIn(person.email(), person.password()).statusCode()).isEqualTo(302);
		return web;
	}

	private long responses(long application) {
		return jdbc.sql("select count(*) from course_survey_response where application_id = :id")
				.param("id", application).query(Long.class).single();
	}
}
