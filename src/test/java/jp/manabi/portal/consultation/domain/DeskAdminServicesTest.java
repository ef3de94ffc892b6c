package jp.manabi.portal.consultation.domain;

import static jp.manabi.portal.consultation.domain.OutcomeServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.support.IntegrationTest;

/** Hours that cannot overlap, topics whose rules are checked, counselors, holidays from CSV, staff bookings. */
class DeskAdminServicesTest extends IntegrationTest {

	@Autowired
	HoursService hours;

	@Autowired
	TopicService topics;

	@Autowired
	CounselorService counselors;

	@Autowired
	PublicHolidayLoader holidays;

	@Autowired
	DeskBookings deskBookings;

	@Autowired
	SlotFinder slots;

	@Autowired
	DeskTestData desk;

	@Autowired
	JdbcClient jdbc;

	private static HoursService.Range range(int from, int until, Channel channel, String venue) {
		return new HoursService.Range(LocalTime.of(from, 0), LocalTime.of(until, 0), channel, venue);
	}

	@Test
	void overlappingWeeklyRangesAreRefusedByTheDatabaseWithAMessage() {
		var counselor = desk.counselor("learning");
		var viewer = DeskViewer.counselor(counselor.accountId());
		hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.TUESDAY, range(10, 12, Channel.PHONE, null));
		hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.TUESDAY, range(18, 20, Channel.ONLINE, null));

		assertRefused(() -> hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.TUESDAY,
				range(11, 13, Channel.PHONE, null)), "consultation.hours.error.overlap");
		assertRefused(() -> hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.MONDAY,
				range(10, 12, Channel.COUNTER, " ")), "consultation.hours.error.venue");
		assertRefused(() -> hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.MONDAY,
				range(12, 10, Channel.PHONE, null)), "consultation.hours.error.order");
		assertThat(desk.hoursCount(counselor.counselorId())).isEqualTo(2);
	}

	@Test
	void aCounselorCannotTouchAnotherCounselorsHours() {
		var mine = desk.counselor("learning");
		var other = desk.counselor("learning");
		long theirs = desk.weekly(other.counselorId(), DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				Channel.PHONE);

		assertThatThrownBy(() -> hours.removeWeekly(mine.counselorId(), DeskViewer.counselor(mine.accountId()), theirs))
				.isInstanceOf(DeskNotFound.class);
		assertThatThrownBy(() -> hours.addWeekly(other.counselorId(), DeskViewer.counselor(mine.accountId()),
				DayOfWeek.MONDAY, range(10, 11, Channel.PHONE, null))).isInstanceOf(DeskNotFound.class);
		assertThat(desk.hoursCount(other.counselorId())).isEqualTo(1);
		hours.removeWeekly(other.counselorId(), DeskViewer.staffMember(accounts.staff().id()), theirs);
		assertThat(desk.hoursCount(other.counselorId())).isZero();
	}

	@Test
	void dateHoursOpenAHolidayAndAnAbsenceClosesADay() {
		var counselor = desk.counselor("learning");
		var viewer = DeskViewer.counselor(counselor.accountId());
		long topic = desk.topicId("learning");
		var monday = DeskTestData.next(DayOfWeek.MONDAY);
		hours.addWeekly(counselor.counselorId(), viewer, DayOfWeek.MONDAY, range(10, 11, Channel.PHONE, null));
		var sunday = DeskTestData.next(DayOfWeek.SUNDAY);
		hours.addDateHours(counselor.counselorId(), viewer, sunday, range(13, 14, Channel.ONLINE, null), "臨時");
		hours.addAbsence(counselor.counselorId(), viewer, monday, "研修");

		assertThat(free(topic, counselor.counselorId(), monday)).isZero();
		assertThat(free(topic, counselor.counselorId(), sunday)).isEqualTo(1);
		assertThat(hours.page(counselor.counselorId(), viewer).exceptions()).hasSize(2);
		assertRefused(() -> hours.addAbsence(counselor.counselorId(), viewer, LocalDate.now().minusDays(3), null),
				"consultation.hours.error.past");
	}

	private long free(long topic, long counselorId, LocalDate day) {
		return slots.free(topic, day, day, EnumSet.allOf(Channel.class)).stream()
				.filter(s -> s.counselorId() == counselorId).count();
	}

	@Test
	void topicRulesAreCheckedBesideTheirFieldsAndADuplicateCodeToo() {
		var change = new TopicService.TopicChange("試験テーマ", "Test topic", "", "", new BookingRules(30, 10, 5, 5, 24),
				EnumSet.of(Channel.PHONE), true, 90, Set.of());
		assertThatThrownBy(() -> topics.create("test-" + System.nanoTime(), change)).isInstanceOfSatisfying(
				DeskRefused.class, r -> assertThat(r.field()).isEqualTo("bookUntilDays"));
		var fine = new TopicService.TopicChange("試験テーマ", "Test topic", "", "", new BookingRules(30, 10, 1, 30, 24),
				EnumSet.of(Channel.PHONE), false, 90, Set.of());
		assertThatThrownBy(() -> topics.create("learning", fine)).isInstanceOfSatisfying(DeskRefused.class, r -> {
			assertThat(r.field()).isEqualTo("code");
			assertThat(r.messageKey()).isEqualTo("consultation.admin.topic.error.database.code");
		});
		long id = topics.create("test-" + System.nanoTime(), fine);
		assertThat(topics.find(id).rules().bookUntilDays()).isEqualTo(30);
		assertThat(desk.auditCount("ADMIN", "consultation_topic", id)).isEqualTo(1);
	}

	@Test
	void onlyCounselorAccountsBecomeCounselorsOnce() {
		var resident = accounts.resident();
		var counselorAccount = accounts.create(EnumSet.of(Role.COUNSELOR));
		Set<Long> learning = desk.topics("learning");

		assertRefused(() -> counselors.appoint(resident.email(), "区民", learning),
				"consultation.admin.counselor.error.notCounselorAccount");
		assertThat(counselors.appointable()).extracting(a -> a.email()).contains(counselorAccount.email());
		long id = counselors.appoint(counselorAccount.email(), "新しい 相談員", learning);
		assertThat(counselors.find(id).getTopicIds()).containsExactlyElementsOf(learning);
		assertThat(counselors.appointable()).extracting(a -> a.email()).doesNotContain(counselorAccount.email());
		assertRefused(() -> counselors.appoint(counselorAccount.email(), "二度目", learning),
				"consultation.admin.counselor.error.already");
	}

	@Test
	void aHolidayFileWithABadRowSavesNothingAndNamesTheLines() {
		String csv = """
				date,name_ja,name_en
				2091-01-01,元日,New Year's Day
				2091-13-01,ありえない日,Bad
				2091-02-11,,National Foundation Day
				""";
		assertThatThrownBy(() -> holidays.load(new StringReader(csv))).isInstanceOfSatisfying(
				PublicHolidayLoader.Rejected.class, rejected -> assertThat(rejected.problems()).containsExactly(
						new PublicHolidayLoader.Problem(3, "consultation.admin.holidays.error.date"),
						new PublicHolidayLoader.Problem(4, "consultation.admin.holidays.error.name")));
		assertThat(holidaysIn(2091)).isZero();
	}

	@Test
	void aHolidayFileReplacesTheYearsItContains() {
		holidays.load(new StringReader("2092-01-01,元日,New Year's Day\n2092-05-05,こどもの日,Children's Day\n"));
		assertThat(holidaysIn(2092)).isEqualTo(2);
		assertThat(holidays.load(new StringReader("2092-01-01,元日,New Year's Day\n"))).isEqualTo(1);
		assertThat(holidaysIn(2092)).isEqualTo(1);
		assertThat(holidays.loadBundled()).isGreaterThan(40);
		assertThat(holidaysIn(2026)).isGreaterThan(10);
	}

	private long holidaysIn(int year) {
		return jdbc.sql("select count(*) from public_holiday where extract(year from day) = ?").param(year)
				.query(Long.class).single();
	}

	@Test
	void staffBookForACallerOrAnAccountAndRefusalsChangeNothing() throws Exception {
		var counselor = desk.counselor("learning");
		long topic = desk.topicId("learning");
		var day = DeskTestData.next(DayOfWeek.WEDNESDAY);
		desk.weekly(counselor.counselorId(), DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30),
				Channel.PHONE);
		var free = slots.free(topic, day, day, EnumSet.allOf(Channel.class)).stream()
				.filter(s -> s.counselorId() == counselor.counselorId()).toList();
		long staff = accounts.staff().id();
		var resident = accounts.resident();

		assertRefused(() -> deskBookings.bookFor(topic, counselor.counselorId(), free.get(0).startsAt(),
				new DeskBookings.Caller("nobody-" + System.nanoTime() + "@test.manabi.example", null, null), "相談",
				staff), "consultation.desk.book.error.unknownEmail");
		assertRefused(() -> deskBookings.bookFor(topic, counselor.counselorId(), free.get(0).startsAt(),
				new DeskBookings.Caller(null, "電話 太郎", null), "相談", staff), "consultation.desk.book.error.callerPhone");

		long forCaller = deskBookings.bookFor(topic, counselor.counselorId(), free.get(0).startsAt(),
				new DeskBookings.Caller(null, "電話 太郎", "03-1111-2222"), "講座を探しています", staff);
		long forResident = deskBookings.bookFor(topic, counselor.counselorId(), free.get(1).startsAt(),
				new DeskBookings.Caller(resident.email(), null, null), "サークルを探しています", staff);
		assertThatThrownBy(() -> deskBookings.bookFor(topic, counselor.counselorId(), free.get(0).startsAt(),
				new DeskBookings.Caller(null, "別の 人", "03-3333-4444"), "x", staff))
				.isInstanceOf(BookingRefused.class);

		assertThat(jdbc.sql("select account_id from consultation_booking where id = ?").param(forResident)
				.query(Long.class).single()).isEqualTo(resident.id());
		assertThat(jdbc.sql("select caller_phone from consultation_booking where id = ?").param(forCaller)
				.query(String.class).single()).isEqualTo("03-1111-2222");
		assertThat(jdbc.sql("select count(*) from consultation_booking where counselor_id = ?")
				.param(counselor.counselorId()).query(Long.class).single()).isEqualTo(2);
		String mail = jp.manabi.portal.support.Mails.awaitText(greenMail, resident.email(), 1);
		assertThat(mail).contains("学習相談").contains("/mypage/consultations/" + forResident);
	}
}
