package jp.manabi.portal.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.ActivityTestMails;
import jp.manabi.portal.support.IntegrationTest;

/** The day before a consultation, its resident gets one reminder with the .ics; never twice. */
class BookingReminderJobTest extends IntegrationTest {

	@Autowired
	BookingReminderJob job;

	@Autowired
	BookingService bookings;

	@Autowired
	ConsultationTestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindsOnceTheDayBefore() throws Exception {
		var setup = data.topicWithCounselor();
		var resident = accounts.resident();
		var cancelledToo = accounts.resident();
		var slot = data.counterSlot(setup, 5);
		long id = bookings.book(setup.topicId(), setup.counselorId(), slot.startsAt(), resident.id(), "相談");
		var next = data.free(setup).stream().filter(s -> s.day().equals(slot.day()) && s.startsAt().isAfter(slot.startsAt()))
				.findFirst().orElseThrow();
		long cancelled = bookings.book(setup.topicId(), setup.counselorId(), next.startsAt(), cancelledToo.id(), "取消し");
		bookings.cancel(cancelled, cancelledToo.id());
		ActivityTestMails.await(greenMail, resident.email(), 1);

		// Two days before: not yet.
		assertThat(remindedOf(id, slot.startsAt().minus(Duration.ofHours(48)))).isFalse();
		// The day before: once, however often the job runs.
		var dayBefore = slot.startsAt().minus(Duration.ofHours(20));
		job.sendDueReminders(dayBefore);
		job.sendDueReminders(dayBefore.plus(Duration.ofMinutes(15)));
		assertThat(jdbc.sql("select reminder_sent_at is not null from consultation_booking where id = ?").param(id)
				.query(Boolean.class).single()).isTrue();

		var mails = ActivityTestMails.await(greenMail, resident.email(), 2);
		Thread.sleep(1_500);
		mails = ActivityTestMails.await(greenMail, resident.email(), 2);
		var reminders = mails.stream().filter(m -> m.subject().contains("明日は学習相談の日です")).toList();
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0).text()).contains(setup.topic().getNameJa()).contains(ConsultationTestData.VENUE);
		assertThat(reminders.get(0).attachment()).contains("UID:consultation-" + id + "@manabi-portal");
		assertThat(ActivityTestMails.await(greenMail, cancelledToo.email(), 2))
				.noneSatisfy(m -> assertThat(m.subject()).contains("明日は学習相談の日です"));
	}

	private boolean remindedOf(long id, java.time.Instant now) {
		job.sendDueReminders(now);
		return jdbc.sql("select reminder_sent_at is not null from consultation_booking where id = ?").param(id)
				.query(Boolean.class).single();
	}
}
