package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * The lottery over the database: drawn once, also when two draws start together; the stored seed
 * reproduces the result; tiers and childcare places are honoured; offers are confirmed or expire
 * and pass on; the job draws closed courses only; winners and losers are told in their language.
 */
class LotteryServiceTest extends IntegrationTest {

	@Autowired
	LotteryService lottery;

	@Autowired
	LotteryJob job;

	@Autowired
	LotteryDrawRepository draws;

	@Autowired
	CourseApplicationRepository applications;

	@Autowired
	ApplicationHistory history;

	@Autowired
	CourseService courses;

	@Autowired
	CourseRepository courseRepository;

	@Autowired
	JdbcClient jdbc;

	LotteryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new LotteryFixtures(courses, courseRepository, applications, jdbc);
	}

	@Test
	void aCourseIsDrawnOnceAndItsSeedReproducesTheResult() {
		long course = fixtures.openCourse("抽選の講座 " + System.nanoTime(), 3, null);
		var entered = fixtures.enterAll(course, fixtures.people(8, Residency.LIVES, "ja"));
		long staff = accounts.staff().id();

		assertThatThrownBy(() -> lottery.draw(course, staff)).hasMessage("lottery.refused.notClosed");
		fixtures.close(course);
		var outcome = lottery.draw(course, staff);

		assertThat(outcome.entries()).isEqualTo(8);
		assertThat(outcome.winners()).isEqualTo(3);
		var record = draws.findByCourseId(course).orElseThrow();
		assertThat(record.getSeed()).isEqualTo(outcome.seed()).matches("[0-9a-f]{32}");
		assertThat(record.getPlaces()).isEqualTo(3);
		assertThat(record.getEntries()).isEqualTo(8);
		assertThat(record.getDrawnBy()).isEqualTo(staff);
		assertThat(record.getTierRules()).isEqualTo("none");

		var drawn = entered.stream().map(id -> applications.findById(id).orElseThrow()).toList();
		assertThat(drawn).filteredOn(a -> a.getStatus() == ApplicationStatus.CONFIRMED).hasSize(3)
				.allMatch(a -> Boolean.TRUE.equals(a.getLotteryWon()));
		assertThat(drawn).filteredOn(a -> a.getStatus() == ApplicationStatus.WAITING).hasSize(5)
				.allMatch(a -> Boolean.FALSE.equals(a.getLotteryWon()));
		assertReproducible(course, record);
		// Everyone's change is in the history, by the staff member who drew.
		assertThat(history.of(entered.get(0))).last().satisfies(change -> {
			assertThat(change.getFromStatus()).isEqualTo(ApplicationStatus.ENTERED);
			assertThat(change.getChangedBy()).isEqualTo(staff);
		});
		// The waiting list is the drawn order.
		assertThat(applications.waitingList(course)).extracting(CourseApplication::getLotteryRank).isSorted();

		assertThatThrownBy(() -> lottery.draw(course, staff)).isInstanceOf(LotteryRefused.class)
				.hasMessage("lottery.refused.alreadyDrawn");
		assertThat(draws.findByCourseId(course).orElseThrow().getSeed()).isEqualTo(outcome.seed());
	}

	@Test
	void twoDrawsAtTheSameMomentGiveExactlyOneDraw() throws Exception {
		long course = fixtures.openCourse("同時に抽選 " + System.nanoTime(), 5, null);
		var entered = fixtures.enterAll(course, fixtures.people(20, Residency.LIVES, "ja"));
		fixtures.close(course);
		long staff = accounts.staff().id();

		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var results = new ArrayList<Future<Object>>();
			Callable<Object> byHand = () -> {
				start.await();
				try {
					return lottery.draw(course, staff);
				}
				catch (LotteryRefused refused) {
					return refused.messageKey();
				}
			};
			Callable<Object> byJob = () -> {
				start.await();
				try {
					return lottery.draw(course, null);
				}
				catch (LotteryRefused refused) {
					return refused.messageKey();
				}
			};
			results.add(pool.submit(byHand));
			results.add(pool.submit(byJob));
			start.countDown();
			var outcomes = new ArrayList<Object>();
			for (var result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(o -> o instanceof LotteryService.Outcome).hasSize(1);
			assertThat(outcomes).filteredOn(o -> o instanceof String).containsExactly("lottery.refused.alreadyDrawn");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from lottery_draw where course_id = :id").param("id", course)
				.query(Long.class).single()).isEqualTo(1);
		// Each entry drawn once: one change from ENTERED each, five places given.
		assertThat(jdbc.sql("""
				select count(*) from course_application_change c join course_application a on a.id = c.application_id
				where a.course_id = :id and c.from_status = 'ENTERED'""").param("id", course).query(Long.class).single())
				.isEqualTo(entered.size());
		assertThat(applications.countPlacesTaken(course)).isEqualTo(5);
		assertReproducible(course, draws.findByCourseId(course).orElseThrow());
	}

	@Test
	void residentsThenWorkersAndStudentsThenOthersAndFirstTimersFirstWithinEach() {
		long course = fixtures.openCourse("優先順位のある抽選 " + System.nanoTime(), 4, null);
		fixtures.rules(course, true, 12, null);
		var livesNew = fixtures.people(3, Residency.LIVES, "ja");
		var livesRecent = fixtures.people(2, Residency.LIVES, "ja");
		var works = fixtures.people(2, Residency.WORKS, "ja");
		var studiesRecent = fixtures.people(1, Residency.STUDIES, "ja");
		var others = fixtures.people(2, Residency.OTHER, "ja");
		// Attended 2 months ago: within the 12 months looked back. Attended 2 years ago: a first-timer again.
		livesRecent.forEach(p -> fixtures.attended(p.id(), Duration.ofDays(60)));
		studiesRecent.forEach(p -> fixtures.attended(p.id(), Duration.ofDays(60)));
		fixtures.attended(livesNew.get(0).id(), Duration.ofDays(730));
		var expectedTier = new java.util.HashMap<Long, Integer>();
		livesNew.forEach(p -> expectedTier.put(fixtures.enter(course, p.id()), 0));
		livesRecent.forEach(p -> expectedTier.put(fixtures.enter(course, p.id()), 1));
		works.forEach(p -> expectedTier.put(fixtures.enter(course, p.id()), 2));
		studiesRecent.forEach(p -> expectedTier.put(fixtures.enter(course, p.id()), 3));
		others.forEach(p -> expectedTier.put(fixtures.enter(course, p.id()), 4));
		// Someone who phoned: no account, counted as a resident, no history known.
		long staff = accounts.staff().id();
		expectedTier.put(fixtures.enterAtCounter(course, "窓口 花子", staff), 0);
		fixtures.close(course);

		lottery.draw(course, null);

		var drawn = applications.findAllById(expectedTier.keySet());
		assertThat(drawn).allSatisfy(a -> assertThat(a.getLotteryTier()).as("tier of %d", a.getId())
				.isEqualTo(expectedTier.get(a.getId())));
		// Four places: the four tier-0 people (three new residents and the counter applicant).
		assertThat(drawn).filteredOn(a -> Boolean.TRUE.equals(a.getLotteryWon()))
				.allMatch(a -> a.getLotteryTier() == 0).hasSize(4);
		var byRank = drawn.stream().sorted((a, b) -> a.getLotteryRank() - b.getLotteryRank()).toList();
		assertThat(byRank).extracting(CourseApplication::getLotteryTier).isSorted();
		var record = draws.findByCourseId(course).orElseThrow();
		assertThat(record.getTierRules()).isEqualTo("residency,first-timer:12");
		assertThat(record.getDrawnBy()).isNull();
		assertReproducible(course, record);
	}

	@Test
	void childcarePlacesAreASecondCapacityAndWhoseChildrenDoNotFitWaits() {
		long course = fixtures.openCourse("託児つき抽選 " + System.nanoTime(), 4, 3);
		var people = fixtures.people(10, Residency.LIVES, "ja");
		for (int i = 0; i < people.size(); i++) {
			// Half bring two children, half come alone; three childcare places fit one family of two.
			fixtures.enter(course, people.get(i).id(), i % 2 == 0 ? List.of(2, 4) : List.of());
		}
		fixtures.close(course);

		lottery.draw(course, null);

		var record = draws.findByCourseId(course).orElseThrow();
		assertThat(record.getChildcarePlaces()).isEqualTo(3);
		var drawn = applications.findAll().stream().filter(a -> a.getCourseId() == course)
				.sorted((a, b) -> a.getLotteryRank() - b.getLotteryRank()).toList();
		var winners = drawn.stream().filter(a -> Boolean.TRUE.equals(a.getLotteryWon())).toList();
		assertThat(winners).hasSize(4);
		assertThat(winners.stream().mapToInt(CourseApplication::childcarePlaces).sum()).isLessThanOrEqualTo(3);
		assertThat(applications.countChildcareTaken(course)).isLessThanOrEqualTo(3);
		// Down the drawn order: a seat for whoever fits, a family whose children do not fit waits.
		int seats = 4;
		int childcare = 3;
		for (var a : drawn) {
			boolean fits = seats > 0 && a.childcarePlaces() <= childcare;
			assertThat(a.getLotteryWon()).as("rank %d", a.getLotteryRank()).isEqualTo(fits);
			if (fits) {
				seats--;
				childcare -= a.childcarePlaces();
			}
		}
		assertThat(drawn).anyMatch(a -> a.childcarePlaces() > 0 && !a.getLotteryWon());
		assertReproducible(course, record);
	}

	@Test
	void aWinnerConfirmsInTimeALateOneLosesThePlaceToTheWaitingList() throws Exception {
		long course = fixtures.openCourse("確認が必要な抽選 " + System.nanoTime(), 2, null);
		fixtures.rules(course, false, null, Instant.now().plus(Duration.ofDays(2)));
		var people = fixtures.people(4, Residency.LIVES, "ja");
		fixtures.enterAll(course, people);
		fixtures.close(course);

		lottery.draw(course, null);
		lottery.tellResults(course);

		var drawn = applications.findAll().stream().filter(a -> a.getCourseId() == course)
				.sorted((a, b) -> a.getLotteryRank() - b.getLotteryRank()).toList();
		var first = drawn.get(0);
		var second = drawn.get(1);
		var third = drawn.get(2);
		assertThat(first.getStatus()).isEqualTo(ApplicationStatus.OFFERED);
		assertThat(first.getOfferExpiresAt()).isNotNull();
		assertThat(third.getStatus()).isEqualTo(ApplicationStatus.WAITING);
		long firstPerson = first.getAccountId();
		long secondPerson = second.getAccountId();
		long thirdPerson = third.getAccountId();

		// Not someone else's, not a loser's.
		assertThatThrownBy(() -> lottery.confirmOffer(first.getId(), secondPerson))
				.hasMessage("lottery.confirm.refused.unknown");
		assertThatThrownBy(() -> lottery.confirmOffer(third.getId(), thirdPerson))
				.hasMessage("lottery.confirm.refused.notOffered");
		lottery.confirmOffer(first.getId(), firstPerson);
		assertThat(applications.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThatThrownBy(() -> lottery.confirmOffer(first.getId(), firstPerson))
				.hasMessage("lottery.confirm.refused.already");

		// The second winner lets the deadline pass.
		jdbc.sql("update course_application set offer_expires_at = now() - interval '1 minute' where id = :id")
				.param("id", second.getId()).update();
		assertThatThrownBy(() -> lottery.confirmOffer(second.getId(), secondPerson))
				.hasMessage("lottery.confirm.refused.expired");
		assertThat(lottery.coursesWithExpiredOffers()).contains(course);
		var run = job.run();
		assertThat(run.offersExpired()).isGreaterThanOrEqualTo(1);

		var late = applications.findById(second.getId()).orElseThrow();
		assertThat(late.getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(late.getCancelReason()).contains("確認期限");
		assertThat(history.of(late.getId())).last().satisfies(change -> {
			assertThat(change.getFromStatus()).isEqualTo(ApplicationStatus.OFFERED);
			assertThat(change.getToStatus()).isEqualTo(ApplicationStatus.CANCELLED);
		});
		// The first on the waiting list (drawn third) gets the place.
		assertThat(applications.findById(third.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(applications.findById(drawn.get(3).getId()).orElseThrow().getStatus())
				.isEqualTo(ApplicationStatus.WAITING);
		assertThat(applications.countPlacesTaken(course)).isEqualTo(2);

		String lateEmail = people.stream().filter(p -> p.id() == secondPerson).findFirst().orElseThrow().email();
		assertThat(Mails.awaitAll(greenMail, lateEmail, 2)).anySatisfy(text -> assertThat(text).contains("確認期限"));
		String promotedEmail = people.stream().filter(p -> p.id() == thirdPerson).findFirst().orElseThrow().email();
		assertThat(Mails.awaitAll(greenMail, promotedEmail, 2)).anySatisfy(text -> assertThat(text).contains("受講が確定しました"));
		String offeredEmail = people.stream().filter(p -> p.id() == firstPerson).findFirst().orElseThrow().email();
		assertThat(Mails.awaitText(greenMail, offeredEmail, 1)).contains("当選しました").contains("までに");
	}

	@Test
	void theJobDrawsClosedLotteryCoursesOnlyAndOneFailingCourseDoesNotStopTheOthers() {
		long closed = fixtures.openCourse("締切済みの抽選 " + System.nanoTime(), 2, null);
		long open = fixtures.openCourse("受付中の抽選 " + System.nanoTime(), 2, null);
		long failing = fixtures.openCourse("失敗する抽選 " + System.nanoTime(), 2, null);
		var people = fixtures.people(3, Residency.LIVES, "ja");
		for (long course : List.of(closed, open, failing)) {
			fixtures.enterAll(course, people);
		}
		fixtures.close(closed);
		fixtures.close(failing);
		// A fault in one course's draw (here a trigger that refuses its row) must not stop the rest.
		jdbc.sql("""
				create function lottery_test_refuse() returns trigger language plpgsql as $$
				begin
				  if new.course_id = %d then raise exception 'refused for the test'; end if;
				  return new;
				end $$""".formatted(failing)).update();
		jdbc.sql("create trigger lottery_test_refuse before insert on lottery_draw for each row execute function lottery_test_refuse()")
				.update();
		LotteryJob.Run run;
		try {
			run = job.run();
		}
		finally {
			jdbc.sql("drop trigger lottery_test_refuse on lottery_draw").update();
			jdbc.sql("drop function lottery_test_refuse()").update();
		}

		assertThat(run.failed()).isGreaterThanOrEqualTo(1);
		assertThat(draws.findByCourseId(closed)).isPresent().get().extracting(LotteryDrawRecord::getDrawnBy).isNull();
		assertThat(draws.findByCourseId(open)).isEmpty();
		assertThat(draws.findByCourseId(failing)).isEmpty();
		assertThat(applications.countByCourseIdAndStatus(open, ApplicationStatus.ENTERED)).isEqualTo(3);
		assertThat(applications.countByCourseIdAndStatus(failing, ApplicationStatus.ENTERED)).isEqualTo(3);
		assertThat(lottery.coursesToDraw()).contains(failing).doesNotContain(closed, open);

		// Next run, the fault gone: the failed course is drawn.
		job.run();
		assertThat(draws.findByCourseId(failing)).isPresent();
	}

	@Test
	void winnerAndLoserAreToldByMailInTheirLanguage() throws Exception {
		long course = fixtures.openCourse("メールで結果 " + System.nanoTime(), 1, null);
		var english = fixtures.people(1, Residency.LIVES, "en").get(0);
		var japanese = fixtures.people(1, Residency.LIVES, "ja").get(0);
		long englishEntry = fixtures.enter(course, english.id());
		fixtures.enter(course, japanese.id());
		fixtures.close(course);

		lottery.draw(course, null);
		// Drawn but not told (as if the node stopped in between): the job tells them, once.
		assertThat(lottery.untoldDraws()).contains(course);
		assertThat(job.tellUntold().done()).isGreaterThanOrEqualTo(2);
		assertThat(lottery.untoldDraws()).doesNotContain(course);
		assertThat(lottery.tellResults(course)).isZero();

		boolean englishWon = applications.findById(englishEntry).orElseThrow().getLotteryWon();
		String englishMail = Mails.awaitText(greenMail, english.email(), 1);
		String japaneseMail = Mails.awaitText(greenMail, japanese.email(), 1);
		if (englishWon) {
			assertThat(englishMail).contains("You won a place").contains("Your place is confirmed");
			assertThat(japaneseMail).contains("落選").contains("キャンセル待ち（1番目）");
		}
		else {
			assertThat(englishMail).contains("did not win").contains("waiting list (number 1)");
			assertThat(japaneseMail).contains("当選しました").contains("受講が確定しています");
		}
		assertThat(englishMail).contains("メールで結果").contains("/mypage/applications");
		Thread.sleep(1_000);
		assertThat(Mails.countTo(greenMail, english.email())).as("told once").isEqualTo(1);
		assertThat(Mails.countTo(greenMail, japanese.email())).isEqualTo(1);
	}

	/**
	 * Anyone with the stored seed gets the same result: the entries with their stored tiers and
	 * children, the recorded places, through {@link LotteryDraw}.
	 */
	private void assertReproducible(long course, LotteryDrawRecord record) {
		var drawn = applications.findAll().stream().filter(a -> a.getCourseId() == course && a.getLotteryRank() != null)
				.toList();
		var entries = new ArrayList<>(drawn.stream()
				.map(a -> new LotteryDraw.Entry(a.getId(), a.getLotteryTier(), a.childcarePlaces())).toList());
		Collections.shuffle(entries);
		var again = LotteryDraw.draw(entries, record.getPlaces(),
				record.getChildcarePlaces() == null ? 0 : record.getChildcarePlaces(), record.getSeed());
		assertThat(again.winners()).hasSize(record.getWinners());
		for (var ticket : again.order()) {
			var stored = drawn.stream().filter(a -> a.getId() == ticket.applicationId()).findFirst().orElseThrow();
			assertThat(stored.getLotteryRank()).isEqualTo(ticket.rank());
			assertThat(stored.getLotteryWon()).isEqualTo(ticket.won());
		}
	}
}
