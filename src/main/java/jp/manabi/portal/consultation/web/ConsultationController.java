package jp.manabi.portal.consultation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.manabi.portal.consultation.domain.Topic;
import jp.manabi.portal.consultation.domain.TopicRepository;

/**
 * The public consultation pages: the active topics, and a topic's free slots by day. The slot
 * list is a GET form and plain links, so it works without JavaScript; with htmx, a filter change
 * or a page link swaps only the list (the same URL, answered with the list fragment).
 */
@Controller
class ConsultationController {

	private final TopicRepository topics;
	private final SlotListing listing;

	ConsultationController(TopicRepository topics, SlotListing listing) {
		this.topics = topics;
		this.listing = listing;
	}

	@GetMapping("/consultations")
	String list(Model model) {
		model.addAttribute("topics", topics.findByActiveTrueOrderByPositionAsc());
		return "consultation/list";
	}

	@GetMapping("/consultations/{code:[a-z0-9-]{1,40}}")
	String topic(@PathVariable String code, @RequestParam(required = false) List<String> channel,
			@RequestParam(defaultValue = "false") boolean evening, @RequestParam(defaultValue = "false") boolean weekend,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		var topic = activeTopic(topics, code);
		String path = "/consultations/" + topic.getCode();
		model.addAttribute("topic", topic);
		model.addAttribute("listing", listing.list(topic, SlotListing.Filter.of(channel, evening, weekend, page), locale,
				path, slot -> SlotListing.slotQuery(path + "/book", slot)));
		return htmx != null ? "consultation/slots :: slots" : "consultation/topic";
	}

	static Topic activeTopic(TopicRepository topics, String code) {
		return topics.findByActiveTrueOrderByPositionAsc().stream().filter(t -> t.getCode().equals(code)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
