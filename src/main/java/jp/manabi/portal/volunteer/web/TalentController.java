package jp.manabi.portal.volunteer.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.volunteer.domain.SkillTree;
import jp.manabi.portal.volunteer.domain.TalentBank;

/** 人材情報の提供: the public talent bank, registered volunteers' public parts only. */
@Controller
class TalentController {

	private final TalentBank bank;
	private final SkillTree tree;
	private final MunicipalityProperties municipality;

	TalentController(TalentBank bank, SkillTree tree, MunicipalityProperties municipality) {
		this.bank = bank;
		this.tree = tree;
		this.municipality = municipality;
	}

	@GetMapping("/volunteers/talent")
	String talent(@RequestParam(required = false) Long skill, @RequestParam(required = false) Boolean canTeach,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page, Model model) {
		var groups = tree.offered();
		// Only skills on offer can be filtered on; anything else is ignored rather than an error.
		Long chosenSkill = skill == null ? null : groups.stream()
				.flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g.group()), g.skills().stream()))
				.filter(s -> s.getId().equals(skill)).map(s -> s.getId()).findFirst().orElse(null);
		var filter = new TalentBank.Filter(chosenSkill, Boolean.TRUE.equals(canTeach) ? Boolean.TRUE : null,
				area != null && municipality.hasArea(area) ? area : null);
		model.addAttribute("filter", filter);
		model.addAttribute("groups", groups);
		model.addAttribute("result", bank.search(filter, Math.max(0, page)));
		return "volunteer/talent";
	}
}
