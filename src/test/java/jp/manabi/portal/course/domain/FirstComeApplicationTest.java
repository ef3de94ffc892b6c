package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.support.IntegrationTest;

/**
 * First come, first served: however many apply at once, never more confirmed places than the
 * course has, the rest on the waiting list in order; a cancelled place goes to the next in line.
 */
class FirstComeApplicationTest extends IntegrationTest {

	@Autowired
	CourseService courses;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	CourseApplicationRepository repository;

	@Autowired
	SeatLock seatLock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoHundredResidentsAtOnceForThirtyPlacesGiveExactlyThirtyConfirmed() throws Exception {
		long course = course(30, Eligibility.ANYONE);
		rush(course, residents(200));

		var all = repository.findAll().stream().filter(a -> a.getCourseId() == course).toList();
		var confirmed = all.stream().filter(a -> a.getStatus() == ApplicationStatus.CONFIRMED).toList();
		var waiting = all.stream().filter(a -> a.getStatus() == ApplicationStatus.WAITING).toList();
		assertThat(confirmed).hasSize(30);
		assertThat(waiting).hasSize(170);
		// Arrival order: every confirmed application came in before every waiting one.
		long lastConfirmed = confirmed.stream().mapToLong(CourseApplication::getId).max().orElseThrow();
		long firstWaiting = waiting.stream().mapToLong(CourseApplication::getId).min().orElseThrow();
		assertThat(lastConfirmed).isLessThan(firstWaiting);
		assertThat(applications.waitingPosition(waiting.get(0))).isBetween(1, 170);
	}

	@Test
	void withoutTheLockTheSameRushOversellsTheCourse() throws Exception {
		long course = course(30, Eligibility.ANYONE);
		seatLock.enable(false);
		try {
			rush(course, residents(200));
		}
		finally {
			seatLock.enable(true);
		}
		long confirmed = repository.countByCourseIdAndStatus(course, ApplicationStatus.CONFIRMED);
		assertThat(confirmed).as("the guard is what keeps the count at 30").isGreaterThan(30);
	}

	@Test
	void aCancelledPlaceGoesToTheFirstOnTheWaitingList() {
		long course = course(2, Eligibility.ANYONE);
		var people = residents(4);
		var outcomes = new ArrayList<CourseApplicationService.Outcome>();
		for (long person : people) {
			outcomes.add(applications.applyFirstCome(course, person));
		}
		assertThat(outcomes).extracting(CourseApplicationService.Outcome::status).containsExactly(
				ApplicationStatus.CONFIRMED, ApplicationStatus.CONFIRMED, ApplicationStatus.WAITING,
				ApplicationStatus.WAITING);
		assertThat(outcomes.get(3).waitingPosition()).isEqualTo(2);

		applications.cancelByResident(outcomes.get(0).applicationId(), people.get(0));

		assertThat(repository.findById(outcomes.get(2).applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(repository.findById(outcomes.get(3).applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.WAITING);
		assertThat(repository.countByCourseIdAndStatus(course, ApplicationStatus.CONFIRMED)).isEqualTo(2);
	}

	@Test
	void cancellingTheCourseCancelsEveryApplicationAndTellsEachPersonWhy() throws Exception {
		long course = course(1, Eligibility.ANYONE);
		var people = residents(2);
		var placed = applications.applyFirstCome(course, people.get(0));
		var waiting = applications.applyFirstCome(course, people.get(1));

		courses.cancel(course, "会場の設備点検のため", null);

		assertThat(repository.findById(placed.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(repository.findById(waiting.applicationId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.CANCELLED);
		for (long person : people) {
			String email = jdbc.sql("select email from account where id = :id").param("id", person)
					.query(String.class).single();
			// The application mail and the cancellation mail are sent independently, in either order.
			var mails = jp.manabi.portal.support.Mails.awaitAll(greenMail, email, 2);
			assertThat(mails).anySatisfy(text -> assertThat(text).contains("中止になりました").contains("会場の設備点検のため"));
		}
	}

	@Test
	void refusalsSayWhyAndChangeNothing() {
		long course = course(5, Eligibility.RESIDENTS);
		var people = residents(2);
		applications.applyFirstCome(course, people.get(0));

		assertThatThrownBy(() -> applications.applyFirstCome(course, people.get(0)))
				.hasMessage("course.apply.refused.already");
		long worker = jdbc.sql("update account set residency = 'WORKS' where id = :id returning id")
				.param("id", people.get(1)).query(Long.class).single();
		assertThatThrownBy(() -> applications.applyFirstCome(course, worker))
				.hasMessage("course.apply.refused.eligibility");
		// Someone else's application id in a cancel form.
		long mine = repository.findAll().stream().filter(a -> a.getCourseId() == course).findFirst().orElseThrow()
				.getId();
		assertThatThrownBy(() -> applications.cancelByResident(mine, worker))
				.hasMessage("course.apply.refused.unknownApplication");
		assertThat(repository.findById(mine).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);

		courses.cancel(course, "講師の急病のため", null);
		assertThatThrownBy(() -> applications.applyFirstCome(course, worker))
				.hasMessage("course.apply.refused.cancelled");
	}

	private void rush(long course, List<Long> people) throws InterruptedException {
		var start = new CountDownLatch(1);
		var refused = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(50);
		try {
			for (long person : people) {
				pool.submit(() -> {
					start.await();
					try {
						applications.applyFirstCome(course, person);
					}
					catch (RuntimeException ex) {
						refused.add(ex);
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
		assertThat(refused).isEmpty();
	}

	private long course(int capacity, Eligibility eligibility) {
		var now = Instant.now();
		var first = LocalDate.now(Course.ZONE).plusWeeks(3);
		long id = courses.create(new CourseDetails("先着講座 " + System.nanoTime(), null, "先着順の講座です。", null, "",
				"it", OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, capacity, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), SelectionMethod.FIRST_COME, eligibility, null, null, false, null, null,
				null, false, false, EnumSet.of(Audience.EVERYONE)),
				List.of(new SessionTime(first, LocalTime.of(10, 0), LocalTime.of(12, 0))));
		courses.publish(id);
		return id;
	}

	/** Residents straight into the table: 200 BCrypt hashes would take longer than the rush. */
	private List<Long> residents(int count) {
		String run = String.valueOf(System.nanoTime());
		var ids = jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select 'rush-' || :run || '-' || g || '@test.manabi.example', '{noop}unused', '試験 利用者',
				       'しけん りようしゃ', 'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :count) g
				returning id""").param("run", run).param("count", count).query(Long.class).list();
		jdbc.sql("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like :pattern")
				.param("pattern", "rush-" + run + "-%").update();
		return ids.stream().sorted().toList();
	}
}
