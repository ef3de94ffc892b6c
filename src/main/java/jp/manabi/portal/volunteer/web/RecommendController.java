package jp.manabi.portal.volunteer.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.Volunteers;
import jp.manabi.portal.volunteer.domain.RequestCard;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.matching.Match;
import jp.manabi.portal.volunteer.domain.matching.Matching;

/** Open requests that fit the signed-in volunteer, ranked as staff see candidates, with why. */
@Controller
class RecommendController {

	static final int LIMIT = 20;

	private final Volunteers volunteers;
	private final Matching matching;
	private final RequestReader reader;
	private final RequestWords words;

	RecommendController(Volunteers volunteers, Matching matching, RequestReader reader, RequestWords words) {
		this.volunteers = volunteers;
		this.matching = matching;
		this.reader = reader;
		this.words = words;
	}

	@GetMapping("/mypage/volunteer/recommended")
	String recommended(@AuthenticationPrincipal CurrentUser user, java.util.Locale locale, Model model) {
		var profileId = volunteers.profileOf(user.accountId());
		var matches = profileId.map(id -> matching.recommendFor(id, LIMIT)).orElse(java.util.List.of());
		model.addAttribute("hasProfile", profileId.isPresent());
		model.addAttribute("registered", profileId.map(reader::isRegistered).orElse(false));
		model.addAttribute("matches", matches);
		Map<Long, RequestCard> cards = new HashMap<>();
		if (!matches.isEmpty()) {
			for (var match : matches) {
				reader.card(match.needs().requestId()).ifPresent(c -> cards.put(c.id(), c));
			}
		}
		model.addAttribute("cards", cards);
		model.addAttribute("posterNames", reader.posterNames(cards.values()));
		model.addAttribute("words", words.forMatches(matches, locale));
		return "volunteer/recommended";
	}


}
