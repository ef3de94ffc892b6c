package jp.manabi.portal.home.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 管理画面: where staff start. */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/index";
	}
}
