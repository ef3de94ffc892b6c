package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.circle.domain.CircleTestData;
import jp.manabi.portal.consultation.BookingStatus;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.ReferralTarget.Kind;
import jp.manabi.portal.course.admin.StaffTestCourses;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.volunteer.domain.RequestStatus;
import jp.manabi.portal.volunteer.domain.WorkTestData;

/** Outcomes: audited notes with a lost-update guard, held only after the start, referrals to public targets. */
class OutcomeServiceTest extends IntegrationTest {

	@Autowired
	OutcomeService outcomes;

	@Autowired
	DeskTestData desk;

	@Autowired
	StaffTestCourses courses;

	@Autowired
	CourseService courseService;

	@Autowired
	CircleTestData circles;

	@Autowired
	WorkTestData volunteerWork;

	private long futureBooking(DeskTestData.DeskCounselor counselor, Long accountId, Channel channel) {
		return desk.booking(counselor.counselorId(), desk.topicId("learning"), accountId,
				Instant.now().plus(Duration.ofDays(3)), 30, channel, "BOOKED");
	}

	@Test
	void everyViewOfTheNotesIsInTheAuditLog() {
		var counselor = desk.counselor("learning");
		long booking = futureBooking(counselor, accounts.resident().id(), Channel.PHONE);
		var viewer = DeskViewer.counselor(counselor.accountId());

		outcomes.page(booking, viewer);
		outcomes.saveNotes(booking, viewer, null, "英会話の講座を探している。");
		var page = outcomes.page(booking, viewer);

		assertThat(page.notes()).isEqualTo("英会話の講座を探している。");
		assertThat(desk.auditCount("VIEW", OutcomeService.NOTES_SUBJECT, booking)).isEqualTo(2);
		assertThat(desk.auditCount("VIEW", OutcomeService.CONTACT_SUBJECT, booking)).isEqualTo(2);
	}

	@Test
	void aStaleNotesFormIsALostUpdateAndChangesNothing() {
		var counselor = desk.counselor("learning");
		long booking = futureBooking(counselor, null, Channel.PHONE);
		var viewer = DeskViewer.counselor(counselor.accountId());
		outcomes.saveNotes(booking, viewer, null, "最初の記録");
		var read = outcomes.page(booking, viewer).notesVersion();
		outcomes.saveNotes(booking, DeskViewer.staffMember(accounts.staff().id()), read, "職員が追記");

		assertThatThrownBy(() -> outcomes.saveNotes(booking, viewer, read, "古い画面から"))
				.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThatThrownBy(() -> outcomes.saveNotes(booking, viewer, null, "最初のつもり"))
				.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(outcomes.page(booking, viewer).notes()).isEqualTo("職員が追記");
	}

	@Test
	void notesLongerThan5000AreRefused() {
		var counselor = desk.counselor("learning");
		long booking = futureBooking(counselor, null, Channel.PHONE);
		assertRefused(() -> outcomes.saveNotes(booking, DeskViewer.counselor(counselor.accountId()), null,
				"あ".repeat(5001)), "consultation.outcome.error.notesTooLong");
	}

	@Test
	void heldOrNoShowOnlyAfterTheStart() {
		var counselor = desk.counselor("learning");
		long booking = futureBooking(counselor, accounts.resident().id(), Channel.COUNTER);
		var viewer = DeskViewer.counselor(counselor.accountId());

		assertRefused(() -> outcomes.mark(booking, viewer, BookingStatus.HELD), "consultation.outcome.error.notStarted");
		assertThat(desk.status(booking)).isEqualTo("BOOKED");

		desk.startedAnHourAgo(booking);
		outcomes.mark(booking, viewer, BookingStatus.NO_SHOW);
		assertThat(desk.status(booking)).isEqualTo("NO_SHOW");
		outcomes.mark(booking, viewer, BookingStatus.HELD);
		assertThat(desk.status(booking)).isEqualTo("HELD");
		assertRefused(() -> outcomes.mark(booking, viewer, BookingStatus.CANCELLED), "consultation.outcome.error.status");
	}

	@Test
	void aCancelledBookingCannotBeMarked() {
		var counselor = desk.counselor("learning");
		long booking = desk.booking(counselor.counselorId(), desk.topicId("learning"), null,
				Instant.now().minus(Duration.ofHours(2)), 30, Channel.PHONE, "CANCELLED");
		assertRefused(() -> outcomes.mark(booking, DeskViewer.counselor(counselor.accountId()), BookingStatus.HELD),
				"consultation.outcome.error.cancelled");
	}

	@Test
	void anotherCounselorsBookingIsNotFound() {
		var mine = desk.counselor("learning");
		var other = desk.counselor("learning");
		long booking = futureBooking(other, null, Channel.PHONE);

		assertThatThrownBy(() -> outcomes.page(booking, DeskViewer.counselor(mine.accountId())))
				.isInstanceOf(DeskNotFound.class);
		assertThatThrownBy(() -> outcomes.saveNotes(booking, DeskViewer.counselor(mine.accountId()), null, "x"))
				.isInstanceOf(DeskNotFound.class);
		assertThat(outcomes.page(booking, DeskViewer.staffMember(accounts.staff().id())).booking().getId())
				.isEqualTo(booking);
	}

	@Test
	void referralsGoOnlyToPublishedCoursesListedCirclesAndOpenVolunteerRequests() {
		var counselor = desk.counselor("learning");
		long booking = futureBooking(counselor, accounts.resident().id(), Channel.PHONE);
		var viewer = DeskViewer.counselor(counselor.accountId());
		long course = courses.firstCome("紹介する講座 " + System.nanoTime(), 10, null, 1);
		long hidden = courses.firstCome("非公開にする講座 " + System.nanoTime(), 10, null, 1);
		courseService.unpublish(hidden);
		long leader = accounts.resident().id();
		long listed = circles.create(circle("紹介するサークル", CircleStatus.REGISTERED, LocalDate.now().plusYears(1)), leader);
		long pending = circles.create(circle("審査中のサークル", CircleStatus.PENDING, null), leader);

		long staffId = accounts.staff().id();
		long openRequest = volunteerWork.staffRequest(staffId, "紹介するボランティア募集", 2).requestId();
		long closedRequest = volunteerWork.staffRequest(staffId, "締め切った募集", 2).requestId();
		volunteerWork.changeStatus(closedRequest, RequestStatus.CLOSED);

		outcomes.addReferral(booking, viewer, Kind.COURSE, course);
		outcomes.addReferral(booking, viewer, Kind.CIRCLE, listed);
		outcomes.addReferral(booking, viewer, Kind.VOLUNTEER_REQUEST, openRequest);

		assertRefused(() -> outcomes.addReferral(booking, viewer, Kind.VOLUNTEER_REQUEST, closedRequest),
				"consultation.outcome.error.targetNotFound");
		assertRefused(() -> outcomes.addReferral(booking, viewer, Kind.COURSE, hidden),
				"consultation.outcome.error.targetNotFound");
		assertRefused(() -> outcomes.addReferral(booking, viewer, Kind.CIRCLE, pending),
				"consultation.outcome.error.targetNotFound");
		assertRefused(() -> outcomes.addReferral(booking, viewer, Kind.COURSE, 999_999_999L),
				"consultation.outcome.error.targetNotFound");
		assertRefused(() -> outcomes.addReferral(booking, viewer, Kind.COURSE, course),
				"consultation.outcome.error.duplicate");
		assertThat(outcomes.page(booking, viewer).referrals()).extracting(Referral::getKind)
				.containsExactly(Kind.COURSE, Kind.CIRCLE, Kind.VOLUNTEER_REQUEST);
		assertThat(outcomes.referralKinds()).containsExactly(Kind.COURSE, Kind.CIRCLE, Kind.VOLUNTEER_REQUEST);
	}

	@Test
	void theResidentsReferralsCarryNoNotesAndOnlyTheirOwn() {
		var counselor = desk.counselor("learning");
		var resident = accounts.resident();
		long booking = futureBooking(counselor, resident.id(), Channel.PHONE);
		var viewer = DeskViewer.counselor(counselor.accountId());
		long course = courses.firstCome("紹介する講座 " + System.nanoTime(), 10, null, 1);
		outcomes.saveNotes(booking, viewer, null, "秘密のメモ");
		outcomes.addReferral(booking, viewer, Kind.COURSE, course);

		var seen = outcomes.referralsForResident(booking, resident.id());

		assertThat(seen).hasSize(1);
		assertThat(seen.toString()).doesNotContain("秘密のメモ");
		assertThat(List.of(OutcomeService.ResidentReferral.class.getRecordComponents()))
				.extracting(c -> c.getName()).containsExactly("kind", "targetId", "title");
		assertThat(outcomes.referralsForResident(booking, accounts.resident().id())).isEmpty();
	}

	@Test
	void theOnlineLinkMustBeHttps() {
		var counselor = desk.counselor("learning");
		long online = futureBooking(counselor, accounts.resident().id(), Channel.ONLINE);
		long phone = desk.booking(counselor.counselorId(), desk.topicId("learning"), null,
				Instant.now().plus(Duration.ofDays(4)), 30, Channel.PHONE, "BOOKED");
		var viewer = DeskViewer.counselor(counselor.accountId());

		assertRefused(() -> outcomes.setOnlineLink(online, viewer, "http://meet.example.jp/abc"),
				"consultation.outcome.error.link");
		assertRefused(() -> outcomes.setOnlineLink(online, viewer, "javascript:alert(1)"),
				"consultation.outcome.error.link");
		assertRefused(() -> outcomes.setOnlineLink(phone, viewer, "https://meet.example.jp/abc"),
				"consultation.outcome.error.notOnline");
		outcomes.setOnlineLink(online, viewer, "https://meet.example.jp/abc");
		assertThat(outcomes.page(online, viewer).booking().getOnlineLink()).isEqualTo("https://meet.example.jp/abc");
	}

	private static CircleTestData.Spec circle(String name, CircleStatus status, LocalDate validUntil) {
		return new CircleTestData.Spec(name + " " + System.nanoTime(), "紹介のテスト", "culture", "ikebukuro", "区民ひろば",
				true, "どなたでも", true, List.of(), status, validUntil);
	}

	static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DeskRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}
}
