package jp.manabi.portal.volunteer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.volunteer.domain.ParticipationService;
import jp.manabi.portal.volunteer.domain.ParticipationViews;

/**
 * The signed-in volunteer's certificate of activity (活動証明書) for a fiscal year, as a page to
 * print (certificate.css hides everything else on paper). Only ever their own: the URL names
 * the year alone. No year: the current one; a year that is not a number or out of range: 400.
 */
@Controller
class CertificateController {

	private final ParticipationViews views;
	private final Clock clock;

	CertificateController(ParticipationViews views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/mypage/volunteer/certificate")
	ModelAndView certificate(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user) {
		var current = FiscalYear.of(LocalDate.ofInstant(clock.instant(), ParticipationService.ZONE));
		FiscalYear chosen;
		if (year == null || year.isBlank()) {
			chosen = current;
		}
		else if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < 2000
				|| Integer.parseInt(year) > current.startYear()) {
			return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
		}
		else {
			chosen = new FiscalYear(Integer.parseInt(year));
		}
		var certificate = views.certificate(user.accountId(), chosen);
		if (certificate.isEmpty()) {
			return new ModelAndView("redirect:/mypage/volunteer/work");
		}
		return new ModelAndView("volunteer/certificate", Map.of("certificate", certificate.get()));
	}
}
