package jp.manabi.portal.course.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.ApplicationLimits;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.ApplicationRules;
import jp.manabi.portal.course.domain.CourseApplicationRepository;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseRuleViolation;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * The rules around a place: childcare as a second capacity, deadlines for cancelling and for
 * promotion, lottery entries and the per-resident limits, questions that stay fixed once used.
 */
class ApplicationRulesTest extends IntegrationTest {

	private static final ApplicationRequest ONE_CHILD = new ApplicationRequest(List.of(3), null, null, Map.of());

	@Autowired
	CourseService courseService;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	CourseApplicationRepository repository;

	@Autowired
	ApplicationLimits limits;

	@Autowired
	JdbcClient jdbc;

	ApplyCourses courses;

	@BeforeEach
	void setUp() {
		courses = new ApplyCourses(courseService, jdbc);
	}

	@Test
	void childcarePlacesAreASecondCapacity() {
		long course = courses.withChildcare(10, 2);
		var people = courses.residents(4);
		var first = applications.apply(course, people.get(0), ONE_CHILD);
		var second = applications.apply(course, people.get(1), ONE_CHILD);
		var third = applications.apply(course, people.get(2), ONE_CHILD);
		var noChild = applications.applyFirstCome(course, people.get(3));
		assertThat(List.of(first.status(), second.status(), third.status(), noChild.status())).containsExactly(
				ApplicationStatus.CONFIRMED, ApplicationStatus.CONFIRMED, ApplicationStatus.WAITING,
				ApplicationStatus.CONFIRMED);

		// A place with childcare comes free: it goes to the one waiting who needs childcare.
		applications.cancelByResident(first.applicationId(), people.get(0));
		assertThat(repository.findById(third.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);
	}

	@Test
	void aWaitingPersonWhoseChildrenDoNotFitKeepsTheirPlaceInTheQueueWhileTheNextMovesUp() {
		long course = courses.withChildcare(1, 1);
		var people = courses.residents(3);
		var placed = applications.apply(course, people.get(0), ONE_CHILD);
		var needsChildcare = applications.apply(course, people.get(1), ONE_CHILD);
		var alone = applications.applyFirstCome(course, people.get(2));
		// Staff free the childcare place's holder's seat by hand, but the child place stays taken
		// by someone confirmed: simulate with a seat added instead.
		jdbc.sql("update course set capacity = 2 where id = ?").param(course).update();
		applications.cancelByResident(alone.applicationId(), people.get(2));
		assertThat(repository.findById(needsChildcare.applicationId()).orElseThrow().getStatus())
				.as("a seat is free but the only childcare place is taken").isEqualTo(ApplicationStatus.WAITING);
		applications.cancelByResident(placed.applicationId(), people.get(0));
		assertThat(repository.findById(needsChildcare.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);
	}

	@Test
	void childcareIsNeverOverbookedUnderARush() throws Exception {
		long course = courses.withChildcare(30, 5);
		var people = courses.residents(40);
		var start = new CountDownLatch(1);
		var failures = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(20);
		try {
			for (long person : people) {
				pool.submit(() -> {
					start.await();
					try {
						applications.apply(course, person, ONE_CHILD);
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
					return null;
				});
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(failures).isEmpty();
		assertThat(jdbc.sql("""
				select coalesce(sum(cardinality(childcare_ages)), 0) from course_application
				where course_id = ? and status = 'CONFIRMED'""").param(course).query(Integer.class).single()).isEqualTo(5);
		assertThat(repository.countByCourseIdAndStatus(course, ApplicationStatus.WAITING)).isEqualTo(35);
	}

	@Test
	void residentsCannotCancelAfterTheCoursesDeadline() {
		long course = courses.firstCome(5);
		var person = courses.residents(1).get(0);
		var outcome = applications.applyFirstCome(course, person);
		courses.settings(course, new ApplicationRules(Instant.now().minus(Duration.ofMinutes(1)), null, false, null, null),
				List.of());
		assertThatThrownBy(() -> applications.cancelByResident(outcome.applicationId(), person))
				.hasMessage("course.apply.refused.tooLateToCancel");
		assertThat(repository.findById(outcome.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(applications.findMine(outcome.applicationId(), person).orElseThrow().cancellable()).isFalse();
	}

	@Test
	void afterThePromotionCutOffAFreedPlaceStaysFree() {
		long course = courses.firstCome(1);
		var people = courses.residents(2);
		var placed = applications.applyFirstCome(course, people.get(0));
		var waiting = applications.applyFirstCome(course, people.get(1));
		courses.settings(course, new ApplicationRules(null, Instant.now().minus(Duration.ofMinutes(1)), false, null, null),
				List.of());
		applications.cancelByResident(placed.applicationId(), people.get(0));
		assertThat(repository.findById(waiting.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.WAITING);
	}

	@Test
	void lotteryEntriesWaitForTheDrawAndAreLimitedPerMonth() throws Exception {
		var person = courses.residents(1).get(0);
		String email = jdbc.sql("select email from account where id = ?").param(person).query(String.class).single();
		for (int i = 0; i < limits.lotteryEntriesPerMonth(); i++) {
			var entry = applications.applyFirstCome(courses.lottery(10), person);
			assertThat(entry.status()).isEqualTo(ApplicationStatus.ENTERED);
		}
		assertThat(applications.limitStanding(person).lotteryLimitReached()).isTrue();
		long oneMore = courses.lottery(10);
		assertThatThrownBy(() -> applications.applyFirstCome(oneMore, person))
				.hasMessage("course.apply.refused.lotteryLimit");
		assertThat(repository.existsByCourseIdAndAccountId(oneMore, person)).isFalse();
		// First-come courses are not lottery entries.
		assertThat(applications.applyFirstCome(courses.firstCome(3), person).status())
				.isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(Mails.awaitAll(greenMail, email, limits.lotteryEntriesPerMonth() + 1))
				.anySatisfy(text -> assertThat(text).contains("抽選の申込みを受け付けました"));
	}

	@Test
	void questionsCannotChangeOnceSomeoneApplied() {
		long course = courses.firstCome(5);
		courses.settings(course, ApplicationRules.DEFAULTS, ApplyCourses.FOUR_KINDS.subList(2, 4));
		applications.applyFirstCome(course, courses.residents(1).get(0));
		assertThatThrownBy(() -> courses.settings(course, ApplicationRules.DEFAULTS, ApplyCourses.FOUR_KINDS))
				.isInstanceOf(CourseRuleViolation.class).hasMessage("course.rules.questionsLocked");
		// The rules themselves may still change.
		courses.settings(course, new ApplicationRules(null, null, true, 12, null), ApplyCourses.FOUR_KINDS.subList(2, 4));
	}
}
