package jp.manabi.portal.circle.domain;

import static jp.manabi.portal.circle.CircleTestSupport.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;

/**
 * A month before a registration runs out the leader is told once; a lapsed circle is no longer
 * listed; renewal opens on 1 February of the last year. Dates far ahead keep other tests' circles out.
 */
class CircleLapseJobTest extends IntegrationTest {

	@Autowired
	CircleRegistrationService registrations;

	@Autowired
	CircleLapseJob job;

	@Autowired
	CircleRepository circles;

	@Autowired
	TransactionTemplate transactions;

	private long registeredUntil(long leaderId, LocalDate until) {
		long id = registrations.register(leaderId, registration("期限の会" + System.nanoTime()));
		transactions.executeWithoutResult(status -> {
			var circle = circles.findById(id).orElseThrow();
			circle.registerUntil(until, Instant.now());
			circle.changeStatus(CircleStatus.REGISTERED, null);
		});
		return id;
	}

	@Test
	void theLeaderIsToldOnceAMonthBeforeAndTheLapsedCircleIsNotListed() throws Exception {
		var leader = accounts.resident();
		var until = LocalDate.of(2061, 3, 31);
		long id = registeredUntil(leader.id(), until);

		job.sendLapseNotices(LocalDate.of(2061, 2, 27));
		assertThat(circles.findById(id).orElseThrow().getLapseNoticeFor()).isNull();

		job.sendLapseNotices(LocalDate.of(2061, 3, 1));
		assertThat(circles.findById(id).orElseThrow().getLapseNoticeFor()).isEqualTo(until);
		assertThat(Mails.awaitText(greenMail, leader.email(), 2)).contains("2061年3月31日");

		job.sendLapseNotices(LocalDate.of(2061, 3, 2));
		job.sendLapseNotices(LocalDate.of(2061, 3, 30));
		Thread.sleep(1500);
		assertThat(Mails.countTo(greenMail, leader.email())).isEqualTo(2);

		var circle = circles.findById(id).orElseThrow();
		assertThat(circle.isListed(LocalDate.of(2061, 3, 31))).isTrue();
		assertThat(circle.isListed(LocalDate.of(2061, 4, 1))).isFalse();
		assertThat(circle.getStatus()).isEqualTo(CircleStatus.REGISTERED);
	}

	@Test
	void renewalOpensOnTheFirstOfFebruaryOfTheLastYearAndAfterTheRegistrationLapsed() {
		long id = registeredUntil(accounts.resident().id(), LocalDate.of(2062, 3, 31));
		var circle = circles.findById(id).orElseThrow();
		assertThat(CircleRegistrationService.renewable(circle, LocalDate.of(2062, 1, 31))).isFalse();
		assertThat(CircleRegistrationService.renewable(circle, LocalDate.of(2062, 2, 1))).isTrue();
		assertThat(CircleRegistrationService.renewable(circle, LocalDate.of(2063, 6, 1))).isTrue();
	}

	@Test
	void renewingALapsedRegistrationRunsToTheEndOfTheCurrentFiscalYearAndQueuesIt() {
		var leader = accounts.resident();
		long id = registeredUntil(leader.id(), LocalDate.of(2020, 3, 31));
		var until = registrations.renew(id, leader.id());
		var circle = circles.findById(id).orElseThrow();
		assertThat(until).isEqualTo(jp.manabi.portal.shared.time.FiscalYear.of(registrations.today()).lastDay());
		assertThat(circle.getValidUntil()).isEqualTo(until);
		assertThat(circle.getRenewedAt()).isNotNull();
		assertThat(circle.isListed(registrations.today())).isTrue();
	}
}
