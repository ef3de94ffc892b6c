package jp.manabi.portal.volunteer.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.volunteer.domain.ProfileRefused;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.ProfileStatus;
import jp.manabi.portal.volunteer.domain.Skill;
import jp.manabi.portal.volunteer.domain.SkillTree;

/**
 * マイページ > ボランティア・人材バンク: register as a volunteer, see the profile with its status
 * and the staff's comment, edit it, withdraw and register again. Only ever the signed-in
 * account's own profile: there is no id in these addresses.
 */
@Controller
@RequestMapping("/mypage/volunteer")
class ProfileController {

	private final ProfileService service;
	private final SkillTree tree;
	private final MunicipalityProperties municipality;

	ProfileController(ProfileService service, SkillTree tree, MunicipalityProperties municipality) {
		this.service = service;
		this.tree = tree;
		this.municipality = municipality;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		var offered = offered();
		var profile = service.mine(user.accountId());
		if (profile.isEmpty() || profile.get().getStatus() == ProfileStatus.WITHDRAWN) {
			model.addAttribute("profileForm",
					profile.map(p -> ProfileForm.of(p, offered)).orElseGet(() -> ProfileForm.blank(offered)));
			model.addAttribute("withdrawn", profile.isPresent());
			return formPage(model, "register");
		}
		model.addAttribute("profile", profile.get());
		model.addAttribute("skillsById", tree.byId());
		return "volunteer/profile-view";
	}

	@GetMapping("/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, Model model) {
		var profile = service.mine(user.accountId()).filter(p -> p.getStatus() != ProfileStatus.WITHDRAWN);
		if (profile.isEmpty()) {
			return "redirect:/mypage/volunteer";
		}
		model.addAttribute("profileForm", ProfileForm.of(profile.get(), offered()));
		model.addAttribute("profile", profile.get());
		return formPage(model, "edit");
	}

	@PostMapping
	String register(@Valid @ModelAttribute ProfileForm profileForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var details = profileForm.check(offered(), municipality, errors);
		if (details != null) {
			try {
				service.register(user.accountId(), details);
				redirect.addFlashAttribute("notice", "volunteer.profile.notice.registered");
				return "redirect:/mypage/volunteer";
			}
			catch (ProfileRefused refused) {
				show(refused, errors);
			}
		}
		model.addAttribute("withdrawn", service.mine(user.accountId()).isPresent());
		return formPage(model, "register");
	}

	@PostMapping("/edit")
	String update(@Valid @ModelAttribute ProfileForm profileForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var mine = service.mine(user.accountId());
		if (mine.isEmpty()) {
			return "redirect:/mypage/volunteer";
		}
		var details = profileForm.check(offered(), municipality, errors);
		if (details != null) {
			try {
				boolean returned = mine.get().getStatus() == ProfileStatus.RETURNED;
				service.update(user.accountId(), profileForm.getVersion() == null ? -1 : profileForm.getVersion(),
						details);
				redirect.addFlashAttribute("notice",
						returned ? "volunteer.profile.notice.resubmitted" : "volunteer.profile.notice.saved");
				return "redirect:/mypage/volunteer";
			}
			catch (ProfileRefused refused) {
				show(refused, errors);
			}
		}
		model.addAttribute("profile", mine.get());
		return formPage(model, "edit");
	}

	@PostMapping("/withdraw")
	String withdraw(@RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			service.withdraw(user.accountId(), version);
			redirect.addFlashAttribute("notice", "volunteer.profile.notice.withdrawn");
		}
		catch (ProfileRefused refused) {
			redirect.addFlashAttribute("notice", refused.messageKey());
		}
		catch (jp.manabi.portal.volunteer.domain.ProfileNotFound notFound) {
			// Nothing to withdraw: the page says so by showing the registration form.
		}
		return "redirect:/mypage/volunteer";
	}

	private List<Skill> offered() {
		return tree.offered().stream().flatMap(g -> g.skills().stream()).toList();
	}

	private String formPage(Model model, String mode) {
		model.addAttribute("mode", mode);
		model.addAttribute("groups", tree.offered());
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("bands", TimeBand.values());
		model.addAttribute("maxDates", ProfileService.MAX_UNAVAILABLE_DATES);
		return "volunteer/profile-form";
	}

	private static void show(ProfileRefused refused, BindingResult errors) {
		String field = refused.field();
		if (List.of("skills", "areas", "unavailableDates", "slots").contains(field)) {
			errors.rejectValue(field, refused.messageKey(), refused.args(), null);
		}
		else {
			errors.reject(refused.messageKey(), refused.args(), null);
		}
	}
}
