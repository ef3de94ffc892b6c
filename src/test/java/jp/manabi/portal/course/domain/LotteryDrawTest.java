package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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

	@Test
	void everyEntryWinsAboutPlacesInNOfTheDrawsForManySizes() {
		// n applicants for k places over 4 000 seeded draws: each should win k/n of them, within 5 sigma.
		var seeds = new Random(5);
		int draws = 4_000;
		for (int[] size : new int[][] { { 2, 1 }, { 7, 2 }, { 25, 10 }, { 40, 39 } }) {
			int n = size[0];
			int k = size[1];
			// Ids far apart and out of order: the chance must not depend on the id.
			var entries = LongStream.rangeClosed(1, n).mapToObj(i -> new Entry(i * 7_919 + (i % 3) * 1_000_003, 0))
					.toList();
			var wins = new HashMap<Long, Integer>();
			for (int draw = 0; draw < draws; draw++) {
				LotteryDraw.draw(entries, k, seed(seeds)).winners().forEach(id -> wins.merge(id, 1, Integer::sum));
			}
			double p = (double) k / n;
			double expected = draws * p;
			double sigma = Math.sqrt(draws * p * (1 - p));
			for (var entry : entries) {
				assertThat(wins.getOrDefault(entry.applicationId(), 0)).as("wins of %d among %d for %d places",
						entry.applicationId(), n, k).isBetween((int) (expected - 5 * sigma), (int) (expected + 5 * sigma) + 1);
			}
		}
	}

	@Test
	void everyRankIsEquallyLikelyForEveryone() {
		// Not only who wins: 5 applicants end up first, second ... fifth about equally often.
		var entries = entries(5, 0);
		var seeds = new Random(11);
		int[][] counts = new int[5][5];
		for (int draw = 0; draw < 5_000; draw++) {
			var order = LotteryDraw.draw(entries, 2, seed(seeds)).order();
			for (var ticket : order) {
				counts[(int) ticket.applicationId() - 1][ticket.rank() - 1]++;
			}
		}
		// Binomial(5000, 0.2): standard deviation 28.3; 5 sigma either side of 1 000.
		for (int[] person : counts) {
			for (int count : person) {
				assertThat(count).isBetween(858, 1_142);
			}
		}
	}

	@Test
	void tiersComeFirstWhateverTheSeed() {
		var entries = new ArrayList<Entry>();
		for (long id = 1; id <= 30; id++) {
			entries.add(new Entry(id, (int) (id % 4)));
		}
		var seeds = new Random(3);
		for (int draw = 0; draw < 500; draw++) {
			var order = LotteryDraw.draw(entries, 12, seed(seeds)).order();
			for (int i = 1; i < order.size(); i++) {
				assertThat(order.get(i).tier()).isGreaterThanOrEqualTo(order.get(i - 1).tier());
			}
			// Tier 0 has 7 people, tier 1 has 8: all 7 win, and 5 of tier 1; nobody from tiers 2 and 3.
			var result = LotteryDraw.draw(entries, 12, seed(seeds));
			assertThat(result.winners()).hasSize(12).allMatch(id -> id % 4 <= 1)
					.containsAll(List.of(4L, 8L, 12L, 16L, 20L, 24L, 28L));
		}
	}

	@Test
	void aLowerTierIsFairAmongItselfForThePlacesLeft() {
		// 3 residents always win; the 2 places left go to 6 others, each a third of the time.
		var entries = new ArrayList<Entry>();
		entries.addAll(entries(3, 0));
		LongStream.rangeClosed(11, 16).forEach(id -> entries.add(new Entry(id, 2)));
		var seeds = new Random(17);
		var wins = new HashMap<Long, Integer>();
		for (int draw = 0; draw < 3_000; draw++) {
			LotteryDraw.draw(entries, 5, seed(seeds)).winners().forEach(id -> wins.merge(id, 1, Integer::sum));
		}
		assertThat(wins.get(1L)).isEqualTo(3_000);
		assertThat(wins.get(3L)).isEqualTo(3_000);
		// Binomial(3000, 1/3): standard deviation 25.8; 5 sigma either side of 1 000.
		LongStream.rangeClosed(11, 16).forEach(id -> assertThat(wins.get(id)).isBetween(871, 1_129));
	}

	@Test
	void theWholeOrderIsReproducibleFromTheSeedAndIndependentOfInputOrder() {
		var entries = new ArrayList<Entry>();
		for (long id = 100; id < 160; id++) {
			entries.add(new Entry(id, (int) (id % 3), (int) (id % 5 == 0 ? 1 : 0)));
		}
		var seeds = new Random(23);
		for (int draw = 0; draw < 50; draw++) {
			String seed = seed(seeds);
			var reversed = new ArrayList<>(entries);
			Collections.reverse(reversed);
			var shuffled = new ArrayList<>(entries);
			Collections.shuffle(shuffled, new Random(draw));
			var first = LotteryDraw.draw(entries, 20, 3, seed);
			assertThat(LotteryDraw.draw(reversed, 20, 3, seed)).isEqualTo(first);
			assertThat(LotteryDraw.draw(shuffled, 20, 3, seed)).isEqualTo(first);
			assertThat(first.order()).extracting(LotteryDraw.Ticket::rank)
					.containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
		}
	}

	@Test
	void theOrderWithinATierIsTheOrderOfThePublishedHashes() {
		// Anyone can check a draw with a SHA-256 tool: sort "seed:id" hashes as hex, smallest first.
		var entries = entries(20, 0);
		var order = LotteryDraw.draw(entries, 5, SEED).order();
		var byHash = entries.stream().map(Entry::applicationId)
				.sorted((a, b) -> LotteryDraw.rank(SEED, a).compareTo(LotteryDraw.rank(SEED, b))).toList();
		assertThat(order).extracting(LotteryDraw.Ticket::applicationId).containsExactlyElementsOf(byHash);
		// A known value, so that the formula cannot change unnoticed: sha256("0123456789abcdef0123456789abcdef:42").
		assertThat(LotteryDraw.rank(SEED, 42)).isEqualTo("1dfb5f859dbbc12c143770dab85a57d8e901c79ea9e75c13559080ba1cc21d34");
	}

	@Test
	void someoneWhoseChildrenDoNotFitThePlacesLeftWaitsAndTheNextWhoFitsWins() {
		var entries = entries(12, 0).stream().map(e -> new Entry(e.applicationId(), 0, e.applicationId() <= 6 ? 2 : 0))
				.toList();
		var seeds = new Random(29);
		for (int draw = 0; draw < 200; draw++) {
			var result = LotteryDraw.draw(entries, 5, 3, seed(seeds));
			long withChildren = result.winners().stream().filter(id -> id <= 6).count();
			assertThat(withChildren).as("2 children each, 3 childcare places").isLessThanOrEqualTo(1);
			assertThat(result.winners()).hasSize(5);
			// Every loser with children came after the first winner with children, or there was none who fit.
			var order = result.order();
			int childcareLeft = 3;
			int seats = 5;
			for (var ticket : order) {
				int children = ticket.applicationId() <= 6 ? 2 : 0;
				boolean fits = seats > 0 && children <= childcareLeft;
				assertThat(ticket.won()).isEqualTo(fits);
				if (fits) {
					seats--;
					childcareLeft -= children;
				}
			}
			assertThat(result.waitingList()).containsExactlyElementsOf(
					order.stream().filter(t -> !t.won()).map(LotteryDraw.Ticket::applicationId).toList());
		}
	}

	@Test
	void withoutChildcareLimitChildrenDoNotMatter() {
		var entries = List.of(new Entry(1, 0, 3), new Entry(2, 0, 0));
		assertThat(LotteryDraw.draw(entries, 2, SEED).winners()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(LotteryDraw.draw(entries, 2, 0, SEED).winners()).containsExactly(2L);
		assertThatThrownBy(() -> new Entry(1, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String seed(Random random) {
		return String.format("%016x%016x", random.nextLong(), random.nextLong());
	}

	private static List<Entry> entries(int count, int tier) {
		return LongStream.rangeClosed(1, count).mapToObj(id -> new Entry(id, tier)).toList();
	}
}
