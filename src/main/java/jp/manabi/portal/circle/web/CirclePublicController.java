package jp.manabi.portal.circle.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.circle.domain.JoinRequestService;
import jp.manabi.portal.circle.search.PublicCircles;
import jp.manabi.portal.plan.Plans;

/**
 * A listed circle's public page. It never shows the leader's or members' names or contact
 * details: residents reach the circle through a join request only.
 */
@Controller
class CirclePublicController {

	private final PublicCircles circles;
	private final JoinRequestService joins;
	private final Plans plans;

	CirclePublicController(PublicCircles circles, JoinRequestService joins, Plans plans) {
		this.circles = circles;
		this.joins = joins;
		this.plans = plans;
	}

	@GetMapping("/circles/{id:[0-9]{1,15}}")
	String circle(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var circle = circles.findListed(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("circle", circle);
		model.addAttribute("planNodes", plans.findNodes(circle.getPlanNodeIds()));
		model.addAttribute("activities", circles.upcoming(id));
		model.addAttribute("join", joins.stateFor(circle, user == null ? null : user.accountId()));
		return "circle/detail";
	}
}
