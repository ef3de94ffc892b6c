package jp.manabi.portal.volunteer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestTiming;

/** The volunteers' landing page: open requests with filters, and the way to the talent bank. */
@Controller
class VolunteerListController {

	static final int PAGE_SIZE = 12;

	private final RequestReader reader;
	private final RequestService service;

	VolunteerListController(RequestReader reader, RequestService service) {
		this.reader = reader;
		this.service = service;
	}

	@GetMapping("/volunteers")
	String list(@RequestParam(required = false) String group, @RequestParam(required = false) String area,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String when, @RequestParam(required = false) String page, Model model) {
		var filter = new RequestReader.PublicFilter(blankToNull(group), blankToNull(area), date(from), date(to),
				RequestPaging.parse(RequestTiming.class, when));
		var result = reader.open(filter, service.today(), RequestPaging.page(page) - 1, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("requests", result);
		model.addAttribute("posterNames", reader.posterNames(result.getContent()));
		model.addAttribute("skillTree", reader.skillTree());
		model.addAttribute("timings", RequestTiming.values());
		model.addAttribute("listUrl", UriComponentsBuilder.fromPath("/volunteers")
				.queryParamIfPresent("group", Optional.ofNullable(filter.group()))
				.queryParamIfPresent("area", Optional.ofNullable(filter.area()))
				.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
				.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
				.queryParamIfPresent("when", Optional.ofNullable(filter.timing())).encode().build().toUriString());
		return "volunteer/list";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
