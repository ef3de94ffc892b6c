package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.account.Residency;

/** The priority tiers: residency, recent attendance, both, none; and their stored codes. */
class LotteryTiersTest {

	@Test
	void residentsThenWorkersAndStudentsThenOthersAndCounterApplicantsAsResidents() {
		var tiers = new LotteryTiers(true, null);
		assertThat(tiers.tierOf(Residency.LIVES, true)).isZero();
		assertThat(tiers.tierOf(null, false)).as("taken at the counter, no account").isZero();
		assertThat(tiers.tierOf(Residency.WORKS, false)).isEqualTo(1);
		assertThat(tiers.tierOf(Residency.STUDIES, false)).isEqualTo(1);
		assertThat(tiers.tierOf(Residency.OTHER, false)).isEqualTo(2);
	}

	@Test
	void firstTimersBeforeThoseWhoAttendedRecently() {
		var tiers = new LotteryTiers(false, 6);
		assertThat(tiers.tierOf(Residency.OTHER, false)).isZero();
		assertThat(tiers.tierOf(Residency.LIVES, true)).isEqualTo(1);
	}

	@Test
	void bothRulesGiveResidencyTimesTwoPlusRecentAttendance() {
		var tiers = new LotteryTiers(true, 12);
		assertThat(tiers.tierOf(Residency.LIVES, false)).isZero();
		assertThat(tiers.tierOf(Residency.LIVES, true)).isEqualTo(1);
		assertThat(tiers.tierOf(Residency.WORKS, false)).isEqualTo(2);
		assertThat(tiers.tierOf(Residency.STUDIES, true)).isEqualTo(3);
		assertThat(tiers.tierOf(Residency.OTHER, false)).isEqualTo(4);
		assertThat(tiers.tierOf(Residency.OTHER, true)).isEqualTo(5);
		assertThat(tiers.tierKeys(3)).containsExactly("lottery.tier.residency.1", "lottery.tier.firstTimer.1");
	}

	@Test
	void withoutRulesEveryoneIsTierZero() {
		assertThat(LotteryTiers.NONE.tierOf(Residency.OTHER, true)).isZero();
		assertThat(LotteryTiers.NONE.tierKeys(0)).isEmpty();
	}

	@Test
	void theCodeStoredWithADrawReadsBackAsTheSameRules() {
		for (var tiers : new LotteryTiers[] { LotteryTiers.NONE, new LotteryTiers(true, null),
				new LotteryTiers(false, 24), new LotteryTiers(true, 12) }) {
			assertThat(LotteryTiers.fromCode(tiers.code())).isEqualTo(tiers);
		}
		assertThat(new LotteryTiers(true, 12).code()).isEqualTo("residency,first-timer:12");
		assertThat(LotteryTiers.of(ApplicationRules.DEFAULTS)).isEqualTo(LotteryTiers.NONE);
	}
}
