package jp.manabi.portal.volunteer.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.manabi.portal.shared.Languages;
import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.volunteer.domain.Skill;
import jp.manabi.portal.volunteer.domain.SkillLevel;
import jp.manabi.portal.volunteer.domain.TalentBank.ShownSkill;
import jp.manabi.portal.volunteer.domain.WeeklySlot;

/** Bean "profileWords": a profile's parts in reading order, for the volunteer's, staff's and public pages. */
@Component("profileWords")
public class ProfileWords {

	private final MunicipalityProperties municipality;

	ProfileWords(MunicipalityProperties municipality) {
		this.municipality = municipality;
	}

	/** The skills held, by group and position in the tree (an unknown id is left out). */
	public List<ShownSkill> skills(Collection<SkillLevel> held, Map<Long, Skill> tree) {
		return held.stream().filter(s -> tree.containsKey(s.skillId()))
				.map(s -> new ShownSkill(tree.get(s.skillId()).getParent(), tree.get(s.skillId()), s.level()))
				.sorted(Comparator.comparing((ShownSkill s) -> s.group().getPosition())
						.thenComparing(s -> s.group().getId()).thenComparing(s -> s.skill().getPosition()))
				.toList();
	}

	public List<WeeklySlot> sortedSlots(Collection<WeeklySlot> slots) {
		return slots.stream().sorted(Comparator.comparing(WeeklySlot::dayOfWeek).thenComparing(WeeklySlot::timeBand))
				.toList();
	}

	public String dates(Collection<LocalDate> dates) {
		return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
	}

	public String areas(Collection<String> codes, Locale locale) {
		return municipality.areas().stream().filter(a -> codes.contains(a.code())).map(a -> a.name(locale))
				.collect(Collectors.joining(Languages.isEnglish(locale) ? ", " : "、"));
	}

	public String area(String code, Locale locale) {
		return municipality.area(code).map(a -> a.name(locale)).orElse(code);
	}
}
