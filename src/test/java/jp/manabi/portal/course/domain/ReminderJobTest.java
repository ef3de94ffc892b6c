package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * Two days before a course starts, everyone holding a place gets one reminder, in their
 * language, with the sessions attached as an .ics; nobody else does, and never twice.
 */
class ReminderJobTest extends IntegrationTest {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	@Autowired
	ReminderJob job;

	@Autowired
	AfterCourseFixtures fixtures;

	@Autowired
	CourseApplicationService applications;

	@Autowired
	CourseService courses;

	@Autowired
	CourseRepository courseRepository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindsThoseWithAPlaceOnceInTheirLanguageWithTheSessionsAsIcs() throws Exception {
		var today = LocalDate.now(Course.ZONE);
		var tomorrow = today.plusDays(1);
		String title = "もうすぐ始まる講座 " + System.nanoTime();
		long soon = fixtures.acceptingCourse(title, tomorrow, tomorrow.plusWeeks(1));
		long later = fixtures.acceptingCourse("来週の講座 " + System.nanoTime(), today.plusDays(5));
		long cancelledCourse = fixtures.acceptingCourse("中止になる講座 " + System.nanoTime(), tomorrow);

		var japanese = accounts.resident();
		var english = accounts.resident();
		jdbc.sql("update account set preferred_language = 'en' where id = :id").param("id", english.id()).update();
		var changedTheirMind = accounts.resident();
		var waiting = accounts.resident();
		var nextWeek = accounts.resident();
		var onCancelledCourse = accounts.resident();
		applications.applyFirstCome(soon, japanese.id());
		applications.applyFirstCome(soon, english.id());
		long mind = applications.applyFirstCome(soon, changedTheirMind.id()).applicationId();
		applications.cancelByResident(mind, changedTheirMind.id());
		fixtures.application(soon, waiting.id(), ApplicationStatus.WAITING);
		applications.applyFirstCome(later, nextWeek.id());
		applications.applyFirstCome(cancelledCourse, onCancelledCourse.id());
		courses.cancel(cancelledCourse, "講師の都合のため", null);

		job.sendDueReminders();
		job.sendDueReminders();

		var toJapanese = awaitReminder(japanese.email());
		var toEnglish = awaitReminder(english.email());
		assertThat(courseRepository.findById(soon).orElseThrow().getReminderSentAt()).isNotNull();
		assertThat(courseRepository.findById(later).orElseThrow().getReminderSentAt()).isNull();
		assertThat(courseRepository.findById(cancelledCourse).orElseThrow().getReminderSentAt()).isNull();

		assertThat(toJapanese.getSubject()).contains("まもなく講座が始まります");
		assertThat(text(toJapanese)).contains(title).contains("初回：").contains(tomorrow.getDayOfMonth() + "日")
				.contains("10:00").contains("オンライン").contains("/mypage/applications");
		assertThat(toEnglish.getSubject()).contains("Your course starts soon");
		assertThat(text(toEnglish)).contains("Course " + title).contains("First session:").contains("Online");

		String firstStart = UTC.format(tomorrow.atTime(10, 0).atZone(Course.ZONE));
		String secondStart = UTC.format(tomorrow.plusWeeks(1).atTime(10, 0).atZone(Course.ZONE));
		for (var mail : List.of(toJapanese, toEnglish)) {
			var ics = calendarPart(mail);
			assertThat(ics.getContentType()).startsWith("text/calendar");
			assertThat(ics.getFileName()).isEqualTo("course-" + soon + ".ics");
			String calendar = calendarText(mail);
			assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("DTSTART:" + firstStart)
					.contains("DTSTART:" + secondStart);
		}
		assertThat(calendarText(toJapanese)).contains("（第1回／全2回）");
		assertThat(calendarText(toEnglish)).contains("(session 1 of 2)");

		// Another run later changes nothing: still one reminder each, and none for anyone else.
		job.sendDueReminders();
		Thread.sleep(2_000);
		assertThat(reminders(japanese.email())).hasSize(1);
		assertThat(reminders(english.email())).hasSize(1);
		for (var nobody : List.of(changedTheirMind, waiting, nextWeek, onCancelledCourse)) {
			assertThat(reminders(nobody.email())).as(nobody.email()).isEmpty();
		}
	}

	@Test
	void aReminderHeldUpByTheMailServerArrivesOnceItIsBack() throws Exception {
		var tomorrow = LocalDate.now(Course.ZONE).plusDays(1);
		long soon = fixtures.acceptingCourse("メール障害中のお知らせ " + System.nanoTime(), tomorrow);
		var resident = accounts.resident();
		applications.applyFirstCome(soon, resident.id());
		Mails.awaitText(greenMail, resident.email(), 1);
		greenMail.stop();
		try {
			job.sendDueReminders();
			Thread.sleep(2_500);
		}
		finally {
			greenMail.start();
		}
		// Retried from the event publication registry: the event (with its Instant) is read back from there.
		var reminder = awaitReminder(resident.email());
		assertThat(calendarText(reminder)).contains("DTSTART:" + UTC.format(tomorrow.atTime(10, 0).atZone(Course.ZONE)));
		job.sendDueReminders();
		Thread.sleep(2_500);
		assertThat(reminders(resident.email())).hasSize(1);
	}

	private MimeMessage awaitReminder(String to) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			var found = reminders(to);
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no reminder to " + to + " within 15 s");
	}

	private List<MimeMessage> reminders(String to) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
						&& (m.getSubject().contains("まもなく講座が始まります") || m.getSubject().contains("starts soon"));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static String text(MimeMessage mail) throws Exception {
		var parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return (String) part.getContent();
			}
		}
		throw new AssertionError("no text part");
	}

	/** Mail reads only text/plain and text/html as text; the calendar is decoded by hand. */
	private static String calendarText(MimeMessage mail) throws Exception {
		return new String(calendarPart(mail).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static Part calendarPart(MimeMessage mail) throws Exception {
		var parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).isMimeType("text/calendar")) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no text/calendar part");
	}
}
