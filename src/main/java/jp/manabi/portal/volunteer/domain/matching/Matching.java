package jp.manabi.portal.volunteer.domain.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.volunteer.domain.RequestService;

/**
 * Explainable matching both ways: the volunteers who fit a request best, and the open requests
 * that fit a volunteer best. Loading is SQL ({@link CandidateLoader}); ranking is {@link MatchScorer}.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

	public static final int TOP = 50;

	private final CandidateLoader loader;
	private final MatchScorer scorer = new MatchScorer();
	private final Clock clock;

	Matching(CandidateLoader loader, Clock clock) {
		this.loader = loader;
		this.clock = clock;
	}

	/** The best {@code limit} candidates for the request, best first (empty for an unknown request). */
	public List<Match> rankFor(long requestId, int limit) {
		LocalDate today = today();
		return loader.needsOf(requestId, today)
				.map(needs -> scorer.rank(needs, loader.candidatesFor(needs, today), limit)).orElse(List.of());
	}

	/** Open requests for a registered volunteer, best first; never one requiring a skill they lack. */
	public List<Match> recommendFor(long profileId, int limit) {
		LocalDate today = today();
		var candidate = loader.candidate(profileId, today);
		if (candidate.isEmpty()) {
			return List.of();
		}
		var matches = new ArrayList<Match>();
		for (var needs : loader.openRequests(today).values()) {
			scorer.score(needs, candidate.get()).ifPresent(matches::add);
		}
		matches.sort(MatchScorer.RANKING.thenComparingLong(m -> m.needs().requestId()));
		return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(RequestService.ZONE));
	}
}
