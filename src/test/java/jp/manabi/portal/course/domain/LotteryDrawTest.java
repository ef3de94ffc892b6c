package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.course.domain.LotteryDraw.Entry;

/** The draw: reproducible from its seed, fair within a tier, strict between tiers. */
class LotteryDrawTest {

	private static final String SEED = "0123456789abcdef0123456789abcdef";

	@Test
	void theSameSeedGivesTheSameResultWhateverTheInputOrder() {
		var entries = entries(50, 0);
		var shuffled = new ArrayList<>(entries);
		Collections.shuffle(shuffled, new Random(7));

		var first = LotteryDraw.draw(entries, 10, SEED);
		var second = LotteryDraw.draw(shuffled, 10, SEED);

		assertThat(second).isEqualTo(first);
		assertThat(first.winners()).hasSize(10).doesNotHaveDuplicates();
		assertThat(first.waitingList()).hasSize(40).doesNotContainAnyElementsOf(first.winners());
	}

	@Test
	void anotherSeedGivesAnotherOrder() {
		var entries = entries(50, 0);
		assertThat(LotteryDraw.draw(entries, 10, LotteryDraw.newSeed()).winners())
				.isNotEqualTo(LotteryDraw.draw(entries, 10, LotteryDraw.newSeed()).winners());
	}

	@Test
	void aHigherTierIsDrawnEntirelyBeforeALowerOne() {
		var entries = new ArrayList<Entry>();
		entries.addAll(entries(5, 1));
		LongStream.rangeClosed(101, 108).forEach(id -> entries.add(new Entry(id, 0)));

		var result = LotteryDraw.draw(entries, 10, SEED);

		assertThat(result.winners().subList(0, 8)).allMatch(id -> id > 100);
		assertThat(result.winners().subList(8, 10)).allMatch(id -> id <= 5);
		assertThat(result.waitingList()).hasSize(3).allMatch(id -> id <= 5);
	}

	@Test
	void withinATierEveryoneHasTheSameChance() {
		// 10 applicants, 3 places, 3 000 draws: each should win about 900 times.
		var entries = entries(10, 0);
		// Seeds from a fixed generator: the same 3 000 draws on every run, so the test cannot flicker.
		var seeds = new Random(2026);
		var wins = new HashMap<Long, Integer>();
		for (int draw = 0; draw < 3_000; draw++) {
			String seed = String.format("%016x%016x", seeds.nextLong(), seeds.nextLong());
			LotteryDraw.draw(entries, 3, seed).winners().forEach(id -> wins.merge(id, 1, Integer::sum));
		}
		assertThat(wins).hasSize(10);
		// Binomial(3000, 0.3): standard deviation 25; 5 sigma either side.
		assertThat(wins.values()).allSatisfy(count -> assertThat(count).isBetween(775, 1_025));
	}

	@Test
	void moreOrFewerPlacesThanApplicants() {
		assertThat(LotteryDraw.draw(entries(3, 0), 10, SEED).winners()).hasSize(3);
		assertThat(LotteryDraw.draw(entries(3, 0), 0, SEED).waitingList()).hasSize(3);
		assertThat(LotteryDraw.draw(List.of(), 5, SEED).winners()).isEmpty();
	}

	@Test
	void aMalformedSeedIsRefused() {
		assertThatThrownBy(() -> LotteryDraw.draw(entries(3, 0), 1, "not a seed"))
				.isInstanceOf(IllegalArgumentException.class);
		assertThat(LotteryDraw.newSeed()).matches("[0-9a-f]{32}");
	}

	@Test
	void theRankIsThePublishedFormula() {
		// What a resident can compute with any SHA-256 tool: sha256("<seed>:<id>").
		assertThat(LotteryDraw.rank(SEED, 42)).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(LotteryDraw.rank(SEED, 42)).isEqualTo(LotteryDraw.rank(SEED, 42))
				.isNotEqualTo(LotteryDraw.rank(SEED, 43));
	}

	private static List<Entry> entries(int count, int tier) {
		return LongStream.rangeClosed(1, count).mapToObj(id -> new Entry(id, tier)).toList();
	}
}
