package jp.manabi.portal.volunteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabi.portal.volunteer.domain.ProfileDetails;
import jp.manabi.portal.volunteer.domain.Skill;
import jp.manabi.portal.volunteer.domain.SkillLevel;
import jp.manabi.portal.volunteer.domain.SkillTree;
import jp.manabi.portal.volunteer.domain.WeeklySlot;

/** The volunteer form as a browser posts it, and profile details for services, for tests. */
public final class ProfileTestForms {

	private ProfileTestForms() {
	}

	/** The offered skills in form order (row i is skill i). */
	public static List<Skill> offered(SkillTree tree) {
		return tree.offered().stream().flatMap(g -> g.skills().stream()).toList();
	}

	public static long skillId(SkillTree tree, String code) {
		return tree.byId().values().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	/** A form with the given skills (code → level) chosen, plus the extra fields. */
	public static Map<String, String> form(SkillTree tree, Map<String, Integer> skills, Map<String, String> extra) {
		var form = new LinkedHashMap<String, String>();
		var offered = offered(tree);
		for (int i = 0; i < offered.size(); i++) {
			var skill = offered.get(i);
			form.put("skills[" + i + "].skillId", String.valueOf(skill.getId()));
			Integer level = skills.get(skill.getCode());
			form.put("skills[" + i + "].level", String.valueOf(level == null ? 1 : level));
			if (level != null) {
				form.put("skills[" + i + "].chosen", "true");
			}
		}
		form.put("expertise", "小学校の英語");
		form.put("experience", "英会話教室で10年教えました。");
		form.put("slots[MONDAY_EVENING]", "true");
		form.put("slots[SATURDAY_MORNING]", "true");
		form.put("areas[ikebukuro]", "true");
		form.put("areas[mejiro]", "true");
		form.put("unavailableDates", "2026-12-24\n2026-12-31");
		form.putAll(extra);
		return form;
	}

	public static int row(SkillTree tree, String code) {
		var offered = offered(tree);
		for (int i = 0; i < offered.size(); i++) {
			if (offered.get(i).getCode().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException(code);
	}

	public static ProfileDetails details(SkillTree tree, boolean publicName, String expertise, String... codes) {
		var skills = new java.util.HashSet<SkillLevel>();
		for (String code : codes) {
			skills.add(new SkillLevel(skillId(tree, code), 2));
		}
		return new ProfileDetails(skills, true, expertise, "非公開の経験" + System.nanoTime(),
				Set.of(WeeklySlot.of(java.time.DayOfWeek.SATURDAY, jp.manabi.portal.shared.time.TimeBand.MORNING)),
				Set.of(), Set.of("sugamo"), publicName, true, true, false, false);
	}
}
