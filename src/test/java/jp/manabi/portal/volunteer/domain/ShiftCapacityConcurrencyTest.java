package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.support.IntegrationTest;

/**
 * Thirty applicants approved at once on a shift that needs five: exactly five are approved, the
 * rest are told it is full. Without the shift's row lock the same rush overfills the shift,
 * which shows the test can fail.
 */
class ShiftCapacityConcurrencyTest extends IntegrationTest {

	@Autowired
	ParticipationService participation;

	@Autowired
	ParticipationLock lock;

	@Autowired
	WorkTestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thirtyApprovalsAtOnceForFivePlacesApproveExactlyFive() throws Exception {
		var shift = shiftWithApplicants(5, 30);
		var refusals = rush(shift);

		assertThat(data.approvedOn(shift.shiftId())).isEqualTo(5);
		assertThat(refusals).hasSize(25).allSatisfy(key -> assertThat(key).isEqualTo("volunteer.assign.refused.full"));
	}

	@Test
	void withoutTheLockTheSameRushOverfillsTheShift() throws Exception {
		var shift = shiftWithApplicants(5, 30);
		lock.enable(false);
		try {
			rush(shift);
		}
		finally {
			lock.enable(true);
		}
		assertThat(data.approvedOn(shift.shiftId())).as("the lock is what keeps it at 5").isGreaterThan(5);
	}

	record Rush(CurrentUser staff, long requestId, long shiftId, List<Long> assignmentIds) {
	}

	private Rush shiftWithApplicants(int needed, int applicants) {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "同時承認 " + System.nanoTime(), needed);
		long shiftId = request.shift(1);
		var ids = new ArrayList<Long>();
		for (long profile : profiles(applicants)) {
			ids.add(data.assignment(shiftId, profile, AssignmentStatus.APPLIED, null));
		}
		return new Rush(new CurrentUser(staff.id(), staff.email(), "職員", null, true, true, Set.of(Role.STAFF)),
				request.requestId(), shiftId, ids);
	}

	private List<String> rush(Rush rush) throws InterruptedException {
		var start = new CountDownLatch(1);
		var refusals = Collections.synchronizedList(new ArrayList<String>());
		var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
		var pool = Executors.newFixedThreadPool(30);
		try {
			for (long assignment : rush.assignmentIds()) {
				pool.submit(() -> {
					start.await();
					try {
						participation.approve(rush.requestId(), assignment, rush.staff());
					}
					catch (ParticipationRefused refused) {
						refusals.add(refused.messageKey());
					}
					catch (RuntimeException ex) {
						unexpected.add(ex);
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
		assertThat(unexpected).isEmpty();
		return refusals;
	}

	/** Registered profiles of accounts straight into the tables: 30 BCrypt hashes would take longer than the rush. */
	private List<Long> profiles(int count) {
		String run = String.valueOf(System.nanoTime());
		jdbc.sql("""
				insert into account (email, password_hash, display_name, furigana, residency, preferred_language,
				                     email_verified_at, area_code)
				select 'shift-rush-' || :run || '-' || g || '@test.manabi.example', '{noop}unused', '試験 ボランティア',
				       'しけん ぼらんてぃあ', 'LIVES', 'ja', now(), 'ikebukuro'
				from generate_series(1, :count) g""").param("run", run).param("count", count).update();
		return jdbc.sql("""
				insert into volunteer_profile (account_id, status, approved_at)
				select id, 'REGISTERED', now() from account where email like :pattern
				returning id""").param("pattern", "shift-rush-" + run + "-%").query(Long.class).list();
	}
}
