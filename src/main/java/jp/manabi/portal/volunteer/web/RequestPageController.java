package jp.manabi.portal.volunteer.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.manabi.portal.volunteer.domain.RequestNotFound;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.RequestService;

/** A request's public page: what, when (shifts with places left), who asks, and the way to apply. */
@Controller
class RequestPageController {

	private final RequestReader reader;
	private final RequestService service;

	RequestPageController(RequestReader reader, RequestService service) {
		this.reader = reader;
		this.service = service;
	}

	@GetMapping("/volunteers/requests/{id:[0-9]{1,15}}")
	String page(@PathVariable long id, Model model) {
		var view = reader.publicView(id).orElseThrow(RequestNotFound::new);
		model.addAttribute("view", view);
		model.addAttribute("request", view.request());
		model.addAttribute("open", view.request().isOpen(service.today()));
		return "volunteer/request";
	}
}
