package jp.manabi.portal.volunteer.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.shared.time.TimeBand;

/** The score on hand-made cases: who is a candidate, the order, and the reasons given. */
class MatchScorerTest {

	static final long ENGLISH = 1;
	static final long SMARTPHONE = 2;
	static final long CALLIGRAPHY = 3;
	static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
	static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

	final MatchScorer scorer = new MatchScorer();

	/** English required, smartphones nice to have, in Ikebukuro: a Saturday morning and a Tuesday evening. */
	final RequestNeeds needs = new RequestNeeds(10, Set.of(ENGLISH), Set.of(SMARTPHONE), "ikebukuro",
			List.of(new ShiftSlot(100, SATURDAY, TimeBand.MORNING), new ShiftSlot(101, TUESDAY, TimeBand.EVENING)));

	static int grid(Object... dayAndBand) {
		int bits = 0;
		for (int i = 0; i < dayAndBand.length; i += 2) {
			bits |= WeeklyGrid.bit((DayOfWeek) dayAndBand[i], (TimeBand) dayAndBand[i + 1]);
		}
		return bits;
	}

	static Candidate candidate(long id, Map<Long, Integer> skills, int grid, Set<LocalDate> away, Set<String> areas,
			double hours, int approvals) {
		return new Candidate(id, id + 1000, skills, grid, away, areas, hours, approvals, Set.of());
	}

	final int both = grid(DayOfWeek.SATURDAY, TimeBand.MORNING, DayOfWeek.TUESDAY, TimeBand.EVENING);

	@Test
	void aVolunteerWithoutARequiredSkillIsNeverACandidate() {
		var noEnglish = candidate(1, Map.of(SMARTPHONE, 3, CALLIGRAPHY, 3), both, Set.of(), Set.of("ikebukuro"), 0, 0);
		assertThat(scorer.score(needs, noEnglish)).isEmpty();

		var twoRequired = new RequestNeeds(11, Set.of(ENGLISH, CALLIGRAPHY), Set.of(), "ikebukuro", needs.shifts());
		var onlyEnglish = candidate(2, Map.of(ENGLISH, 3), both, Set.of(), Set.of("ikebukuro"), 0, 0);
		var both = candidate(3, Map.of(ENGLISH, 1, CALLIGRAPHY, 1), 0, Set.of(), Set.of(), 0, 0);
		assertThat(scorer.rank(twoRequired, List.of(onlyEnglish, both), 10)).extracting(m -> m.candidate().profileId())
				.containsExactly(3L);
	}

	@Test
	void ranksByNiceSkillsAvailabilityAndArea() {
		var best = candidate(1, Map.of(ENGLISH, 2, SMARTPHONE, 3), both, Set.of(), Set.of("ikebukuro"), 0, 0);
		var noNice = candidate(2, Map.of(ENGLISH, 2), both, Set.of(), Set.of("ikebukuro"), 0, 0);
		var oneShiftOtherArea = candidate(3, Map.of(ENGLISH, 2), grid(DayOfWeek.SATURDAY, TimeBand.MORNING), Set.of(),
				Set.of("sugamo"), 0, 0);
		var never = candidate(4, Map.of(ENGLISH, 1), 0, Set.of(), Set.of(), 0, 0);

		var ranked = scorer.rank(needs, List.of(never, oneShiftOtherArea, noNice, best), 10);

		assertThat(ranked).extracting(m -> m.candidate().profileId()).containsExactly(1L, 2L, 3L, 4L);
		assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
	}

	@Test
	void saysWhyAndWhatIsMissing() {
		var volunteer = candidate(1, Map.of(ENGLISH, 3), grid(DayOfWeek.SATURDAY, TimeBand.MORNING), Set.of(),
				Set.of("sugamo"), 0, 0);

		var match = scorer.score(needs, volunteer).orElseThrow();

		assertThat(match.reasons()).extracting(Reason::key).containsExactly(MatchScorer.WHY_REQUIRED,
				MatchScorer.WHY_SHIFT, MatchScorer.WHY_NO_LOAD);
		assertThat(match.reasons().get(0)).isEqualTo(new Reason(MatchScorer.WHY_REQUIRED, ENGLISH, 3));
		assertThat(match.reasons().get(1).subjectId()).isEqualTo(100L);
		assertThat(match.missing()).containsExactly(new Reason(MatchScorer.MISSING_NICE, SMARTPHONE, null),
				new Reason(MatchScorer.MISSING_SHIFT_WEEK, 101L, null), Reason.of(MatchScorer.MISSING_AREA));
		assertThat(match.freeShifts()).containsExactly(100L);
		assertThat(match.otherShifts()).containsExactly(101L);
	}

	@Test
	void recentLoadLowersTheScore() {
		var rested = candidate(1, Map.of(ENGLISH, 2), both, Set.of(), Set.of("ikebukuro"), 0, 0);
		var busy = candidate(2, Map.of(ENGLISH, 2), both, Set.of(), Set.of("ikebukuro"), 12, 2);

		var restedMatch = scorer.score(needs, rested).orElseThrow();
		var busyMatch = scorer.score(needs, busy).orElseThrow();

		assertThat(busyMatch.score()).isEqualTo(restedMatch.score() - 12);
		assertThat(busyMatch.missing()).contains(new Reason(MatchScorer.MISSING_HOURS, null, 12.0),
				new Reason(MatchScorer.MISSING_APPROVALS, null, 2));
		assertThat(scorer.rank(needs, List.of(busy, rested), 10)).extracting(m -> m.candidate().profileId())
				.containsExactly(1L, 2L);
	}

	@Test
	void anUnavailableDateRemovesThatShift() {
		var away = candidate(1, Map.of(ENGLISH, 1), both, Set.of(SATURDAY), Set.of("ikebukuro"), 0, 0);

		var match = scorer.score(needs, away).orElseThrow();

		assertThat(match.freeShifts()).containsExactly(101L);
		assertThat(match.missing()).contains(new Reason(MatchScorer.MISSING_SHIFT_DATE, 100L, null));
		var free = scorer.score(needs, candidate(2, Map.of(ENGLISH, 1), both, Set.of(), Set.of("ikebukuro"), 0, 0))
				.orElseThrow();
		assertThat(free.score()).isGreaterThan(match.score());
	}

	@Test
	void theAreaCounts() {
		var here = scorer.score(needs, candidate(1, Map.of(ENGLISH, 1), 0, Set.of(), Set.of("ikebukuro"), 0, 0))
				.orElseThrow();
		var elsewhere = scorer.score(needs, candidate(2, Map.of(ENGLISH, 1), 0, Set.of(), Set.of("sugamo"), 0, 0))
				.orElseThrow();

		assertThat(here.score() - elsewhere.score()).isEqualTo(MatchScorer.AREA);
		assertThat(here.reasons()).contains(Reason.of(MatchScorer.WHY_AREA));
		assertThat(elsewhere.missing()).contains(Reason.of(MatchScorer.MISSING_AREA));
	}

	@Test
	void someoneWhoAnsweredEveryShiftIsNotACandidate() {
		var answered = new Candidate(1, 1001, Map.of(ENGLISH, 1), both, Set.of(), Set.of(), 0, 0, Set.of(100L, 101L));
		var answeredOne = new Candidate(2, 1002, Map.of(ENGLISH, 1), both, Set.of(), Set.of(), 0, 0, Set.of(100L));

		assertThat(scorer.score(needs, answered)).isEmpty();
		assertThat(scorer.score(needs, answeredOne).orElseThrow().freeShifts()).containsExactly(101L);
	}

	@Test
	void rankKeepsOnlyTheBest() {
		var many = new java.util.ArrayList<Candidate>();
		for (int i = 0; i < 100; i++) {
			many.add(candidate(i, Map.of(ENGLISH, 1 + i % 3, SMARTPHONE, 1), both, Set.of(), Set.of("ikebukuro"), i % 7, 0));
		}
		var top = scorer.rank(needs, many, 5);
		assertThat(top).hasSize(5);
		assertThat(top).isSortedAccordingTo(MatchScorer.RANKING);
	}
}
