package jp.manabi.portal.volunteer.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.shared.validation.PlainText;
import jp.manabi.portal.volunteer.domain.ProfileDetails;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.Skill;
import jp.manabi.portal.volunteer.domain.SkillLevel;
import jp.manabi.portal.volunteer.domain.VolunteerProfile;
import jp.manabi.portal.volunteer.domain.WeeklySlot;

/**
 * The volunteer registration and edit form. Works without JavaScript: one row per offered skill
 * (a checkbox and a level), the weekly grid as checkboxes named {@code slots[MONDAY_MORNING]},
 * areas as {@code areas[ikebukuro]}, dates unavailable one per line. Lengths follow V50.
 */
public class ProfileForm {

	/** 2026-05-03 or 2026/5/3; 2027-02-30 is refused, not moved to the 28th. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
			.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private Long version;

	private List<SkillRow> skills = new ArrayList<>();

	private boolean canTeach;

	@Size(max = 1000)
	@PlainText
	private String expertise = "";

	@Size(max = 3000)
	private String experience = "";

	private Map<String, Boolean> slots = new HashMap<>();

	/** One date a line (yyyy-MM-dd); at most {@value ProfileService#MAX_UNAVAILABLE_DATES}. */
	@Size(max = 1000)
	private String unavailableDates = "";

	private Map<String, Boolean> areas = new HashMap<>();

	private boolean publicName;

	private boolean publicSkills = true;

	private boolean publicExpertise;

	private boolean publicExperience;

	private boolean publicAreas;

	/** A skill offered on the form: whether it is chosen and at what level (1–3, as text so a bad value is an error, not a 400). */
	public static class SkillRow {

		private Long skillId;
		private boolean chosen;
		private String level = "1";

		public SkillRow() {
		}

		SkillRow(Long skillId, boolean chosen, String level) {
			this.skillId = skillId;
			this.chosen = chosen;
			this.level = level;
		}

		public Long getSkillId() {
			return skillId;
		}

		public void setSkillId(Long skillId) {
			this.skillId = skillId;
		}

		public boolean isChosen() {
			return chosen;
		}

		public void setChosen(boolean chosen) {
			this.chosen = chosen;
		}

		public String getLevel() {
			return level;
		}

		public void setLevel(String level) {
			this.level = level;
		}
	}

	/** An empty form with a row per offered skill. */
	static ProfileForm blank(List<Skill> offered) {
		var form = new ProfileForm();
		form.skills = offered.stream().map(s -> new SkillRow(s.getId(), false, "1")).collect(Collectors.toList());
		return form;
	}

	/** The form filled in from a profile (skills it holds that are no longer offered are kept by the service). */
	static ProfileForm of(VolunteerProfile profile, List<Skill> offered) {
		var form = new ProfileForm();
		form.version = profile.getVersion();
		var levels = new HashMap<Long, Integer>();
		profile.getSkills().forEach(s -> levels.put(s.skillId(), s.level()));
		form.skills = offered.stream()
				.map(s -> new SkillRow(s.getId(), levels.containsKey(s.getId()),
						String.valueOf(levels.getOrDefault(s.getId(), 1))))
				.collect(Collectors.toList());
		form.canTeach = profile.isCanTeach();
		form.expertise = profile.getExpertise();
		form.experience = profile.getExperience();
		profile.getAvailability().forEach(slot -> form.slots.put(slotKey(slot.day(), slot.timeBand()), true));
		form.unavailableDates = new TreeSet<>(profile.getUnavailableDates()).stream().map(LocalDate::toString)
				.collect(Collectors.joining("\n"));
		profile.getAreaCodes().forEach(a -> form.areas.put(a, true));
		form.publicName = profile.isPublicName();
		form.publicSkills = profile.isPublicSkills();
		form.publicExpertise = profile.isPublicExpertise();
		form.publicExperience = profile.isPublicExperience();
		form.publicAreas = profile.isPublicAreas();
		return form;
	}

	public static String slotKey(DayOfWeek day, TimeBand band) {
		return day.name() + "_" + band.name();
	}

	/**
	 * Checks what Bean Validation cannot and puts the rows in the order of the offered skills: a
	 * row for a skill that is not offered (a tampered id) is an error on the skills, a level other
	 * than 1–3 an error beside that skill's level. Returns the details when there is no error.
	 */
	ProfileDetails check(List<Skill> offered, MunicipalityProperties municipality, Errors errors) {
		var posted = new LinkedHashMap<Long, SkillRow>();
		boolean unknown = false;
		var offeredIds = offered.stream().map(Skill::getId).collect(Collectors.toSet());
		for (var row : skills) {
			if (row == null || row.skillId == null || !offeredIds.contains(row.skillId)) {
				unknown |= row != null && (row.chosen || row.skillId != null);
			}
			else {
				posted.put(row.skillId, row);
			}
		}
		skills = offered.stream().map(s -> posted.getOrDefault(s.getId(), new SkillRow(s.getId(), false, "1")))
				.collect(Collectors.toList());
		if (unknown) {
			errors.rejectValue("skills", "volunteer.profile.error.unknownSkill");
		}
		var chosen = new LinkedHashSet<SkillLevel>();
		for (int i = 0; i < skills.size(); i++) {
			var row = skills.get(i);
			Integer level = parseLevel(row.level);
			if (level == null) {
				errors.rejectValue("skills[" + i + "].level", "volunteer.profile.error.level");
				row.level = "1";
			}
			else if (row.chosen) {
				chosen.add(new SkillLevel(row.skillId, level));
			}
		}
		var availability = new LinkedHashSet<WeeklySlot>();
		for (var entry : slots.entrySet()) {
			if (!Boolean.TRUE.equals(entry.getValue())) {
				continue;
			}
			var slot = parseSlot(entry.getKey());
			if (slot == null) {
				errors.rejectValue("slots", "volunteer.profile.error.slot");
			}
			else {
				availability.add(slot);
			}
		}
		var areaCodes = new LinkedHashSet<String>();
		for (var entry : areas.entrySet()) {
			if (Boolean.TRUE.equals(entry.getValue())) {
				if (municipality.hasArea(entry.getKey())) {
					areaCodes.add(entry.getKey());
				}
				else {
					errors.rejectValue("areas", "volunteer.profile.error.area");
				}
			}
		}
		var dates = new TreeSet<LocalDate>();
		for (String line : (unavailableDates == null ? "" : unavailableDates).split("\\R")) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				dates.add(LocalDate.parse(text.replace('/', '-'), DATE));
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("unavailableDates", "volunteer.profile.error.dateFormat", new Object[] { text }, null);
				break;
			}
		}
		if (dates.size() > ProfileService.MAX_UNAVAILABLE_DATES) {
			errors.rejectValue("unavailableDates", "volunteer.profile.error.tooManyDates",
					new Object[] { ProfileService.MAX_UNAVAILABLE_DATES }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ProfileDetails(chosen, canTeach, strip(expertise), strip(experience), availability, dates,
				areaCodes, publicName, publicSkills, publicExpertise, publicExperience, publicAreas);
	}

	private static Integer parseLevel(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,2}")) {
			return null;
		}
		int level = Integer.parseInt(text.strip());
		return level >= SkillLevel.MIN && level <= SkillLevel.MAX ? level : null;
	}

	private static WeeklySlot parseSlot(String key) {
		for (var day : DayOfWeek.values()) {
			for (var band : TimeBand.values()) {
				if (slotKey(day, band).equals(key)) {
					return WeeklySlot.of(day, band);
				}
			}
		}
		return null;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	/** The rows' indexes for the offered skills, by skill id (the template groups them under their groups). */
	public Map<Long, Integer> rowIndex() {
		var index = new HashMap<Long, Integer>();
		for (int i = 0; i < skills.size(); i++) {
			index.put(skills.get(i).skillId, i);
		}
		return index;
	}

	public boolean slotChosen(String key) {
		return Boolean.TRUE.equals(slots.get(key));
	}

	public boolean areaChosen(String code) {
		return Boolean.TRUE.equals(areas.get(code));
	}

	public Set<String> chosenAreas() {
		return areas.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<SkillRow> getSkills() {
		return skills;
	}

	public void setSkills(List<SkillRow> skills) {
		this.skills = skills;
	}

	public boolean isCanTeach() {
		return canTeach;
	}

	public void setCanTeach(boolean canTeach) {
		this.canTeach = canTeach;
	}

	public String getExpertise() {
		return expertise;
	}

	public void setExpertise(String expertise) {
		this.expertise = expertise;
	}

	public String getExperience() {
		return experience;
	}

	public void setExperience(String experience) {
		this.experience = experience;
	}

	public Map<String, Boolean> getSlots() {
		return slots;
	}

	public void setSlots(Map<String, Boolean> slots) {
		this.slots = slots;
	}

	public String getUnavailableDates() {
		return unavailableDates;
	}

	public void setUnavailableDates(String unavailableDates) {
		this.unavailableDates = unavailableDates;
	}

	public Map<String, Boolean> getAreas() {
		return areas;
	}

	public void setAreas(Map<String, Boolean> areas) {
		this.areas = areas;
	}

	public boolean isPublicName() {
		return publicName;
	}

	public void setPublicName(boolean publicName) {
		this.publicName = publicName;
	}

	public boolean isPublicSkills() {
		return publicSkills;
	}

	public void setPublicSkills(boolean publicSkills) {
		this.publicSkills = publicSkills;
	}

	public boolean isPublicExpertise() {
		return publicExpertise;
	}

	public void setPublicExpertise(boolean publicExpertise) {
		this.publicExpertise = publicExpertise;
	}

	public boolean isPublicExperience() {
		return publicExperience;
	}

	public void setPublicExperience(boolean publicExperience) {
		this.publicExperience = publicExperience;
	}

	public boolean isPublicAreas() {
		return publicAreas;
	}

	public void setPublicAreas(boolean publicAreas) {
		this.publicAreas = publicAreas;
	}
}
