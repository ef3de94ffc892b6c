package jp.manabi.portal.account.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.AccountService.DeletionRefused;
import jp.manabi.portal.account.domain.PersonalDataExport;

/**
 * A resident's own data (開示・削除請求): everything the portal holds about them, as a page and as
 * JSON, and deleting the account. Always the signed-in person's own account, never an id from
 * the request.
 */
@Controller
class MyDataController {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
			.withZone(ZoneId.of("Asia/Tokyo"));

	private final PersonalDataExport export;
	private final AccountService accounts;
	private final JsonMapper json;

	MyDataController(PersonalDataExport export, AccountService accounts, JsonMapper json) {
		this.export = export;
		this.json = json;
		this.accounts = accounts;
	}

	@GetMapping("/mypage/data")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("download", export.of(user.accountId()));
		return "account/my-data";
	}

	/** The same as a file; written here, so any Accept header (a browser's download) gets JSON. */
	@GetMapping("/mypage/data.json")
	ResponseEntity<byte[]> json(@AuthenticationPrincipal CurrentUser user) {
		var download = export.of(user.accountId());
		var disposition = ContentDisposition.attachment()
				.filename("manabi-my-data-" + FILE_DATE.format(download.madeAt()) + ".json").build();
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.contentType(MediaType.APPLICATION_JSON).body(json.writerWithDefaultPrettyPrinter()
						.writeValueAsBytes(download.asMap()));
	}

	@GetMapping("/mypage/delete")
	String deleteForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("deleteAccountForm", new DeleteAccountForm());
		model.addAttribute("refusals", accounts.deletionRefusals(user.accountId()));
		return "account/delete";
	}

	@PostMapping("/mypage/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute DeleteAccountForm form,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect)
			throws ServletException {
		model.addAttribute("refusals", accounts.deletionRefusals(user.accountId()));
		if (errors.hasErrors()) {
			return "account/delete";
		}
		try {
			if (!accounts.deleteOwn(user.accountId(), form.getPassword())) {
				errors.rejectValue("password", "validation.password.currentWrong");
				return "account/delete";
			}
		}
		catch (DeletionRefused refused) {
			model.addAttribute("refusals", refused.refusals());
			return "account/delete";
		}
		// The account is gone: end this session at once (the password no longer works anywhere).
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		redirect.addFlashAttribute("notice", "privacy.delete.done");
		return "redirect:/";
	}
}
