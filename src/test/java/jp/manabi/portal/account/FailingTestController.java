package jp.manabi.portal.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test sources only: a page that fails, to see what a resident is shown when the server breaks. */
@Controller
class FailingTestController {

	static final String SECRET = "internal detail that must never reach a resident";

	@GetMapping("/test/fail")
	String fail() {
		throw new IllegalStateException(SECRET);
	}
}
