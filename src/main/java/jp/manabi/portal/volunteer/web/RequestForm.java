package jp.manabi.portal.volunteer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jp.manabi.portal.shared.validation.PlainText;
import jp.manabi.portal.volunteer.domain.NeededSkill;
import jp.manabi.portal.volunteer.domain.RequestDetails;
import jp.manabi.portal.volunteer.domain.RequestInput;
import jp.manabi.portal.volunteer.domain.RequestStatus;
import jp.manabi.portal.volunteer.domain.Shift;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;

/**
 * The request form shared by staff, organisations and circle leaders. Skills come as
 * {@code skills[<id>]=REQUIRED|NICE|NONE} (radio buttons, no script needed); the keys are text so
 * that a tampered id is a field error, not a binding failure. Lengths follow V50.
 */
public class RequestForm {

	static final int MAX_SHIFTS = 30;
	static final String REQUIRED = "REQUIRED";
	static final String NICE = "NICE";
	static final String NONE = "NONE";

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String title;

	@NotBlank
	@Size(max = 5000)
	private String description;

	private Map<String, String> skills = new LinkedHashMap<>();

	private List<RequestShiftRow> shifts = new ArrayList<>();

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String place;

	@NotBlank
	@Size(max = 40)
	private String areaCode;

	@NotNull
	@Min(1)
	@Max(1000)
	private Integer numberNeeded;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate applyBy;

	private Set<Long> planNodeIds = new LinkedHashSet<>();

	private boolean draft;

	private Long version;

	public static RequestForm blankForm() {
		var form = new RequestForm();
		form.ensureEmptyRow();
		return form;
	}

	public static RequestForm formOf(VolunteerRequest request) {
		var form = new RequestForm();
		form.title = request.getTitle();
		form.description = request.getDescription();
		for (var needed : request.getSkills()) {
			form.skills.put(String.valueOf(needed.skillId()), Boolean.TRUE.equals(needed.required()) ? REQUIRED : NICE);
		}
		for (var shift : request.getShifts()) {
			form.shifts.add(new RequestShiftRow(shift.getShiftDate(), shift.getStartsAt(), shift.getEndsAt(),
					shift.getNeeded()));
		}
		form.place = request.getPlace();
		form.areaCode = request.getAreaCode();
		form.numberNeeded = request.getNumberNeeded();
		form.applyBy = request.getApplyBy();
		form.planNodeIds = new LinkedHashSet<>(request.getPlanNodeIds());
		form.draft = request.getStatus() == RequestStatus.DRAFT;
		form.version = request.getVersion();
		form.ensureEmptyRow();
		return form;
	}

	/** The skills chosen as required or nice to have; call only after the ids were checked. */
	Set<NeededSkill> neededSkills() {
		var needed = new HashSet<NeededSkill>();
		skills.forEach((id, choice) -> {
			if (REQUIRED.equals(choice) || NICE.equals(choice)) {
				needed.add(new NeededSkill(Long.valueOf(id), REQUIRED.equals(choice)));
			}
		});
		return needed;
	}

	List<Shift.ShiftTime> shiftTimes() {
		return shifts.stream().filter(row -> row != null && !row.isEmpty())
				.map(row -> new Shift.ShiftTime(row.getDate(), row.getStartsAt(), row.getEndsAt(), row.getNeeded()))
				.toList();
	}

	public RequestInput input() {
		return new RequestInput(new RequestDetails(title, description, place, areaCode, numberNeeded, applyBy,
				neededSkills()), shiftTimes(), planNodeIds == null ? Set.of() : planNodeIds, draft);
	}

	/** The choice shown for a skill: NONE unless the form says otherwise. */
	public String choice(Long skillId) {
		return skills.getOrDefault(String.valueOf(skillId), NONE);
	}

	void addEmptyRow() {
		shifts.add(new RequestShiftRow());
	}

	void removeRow(int index) {
		if (index >= 0 && index < shifts.size()) {
			shifts.remove(index);
		}
	}

	void ensureEmptyRow() {
		shifts.replaceAll(row -> row == null ? new RequestShiftRow() : row);
		if (shifts.isEmpty() || !shifts.get(shifts.size() - 1).isEmpty()) {
			addEmptyRow();
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Map<String, String> getSkills() {
		return skills;
	}

	public void setSkills(Map<String, String> skills) {
		this.skills = skills;
	}

	public List<RequestShiftRow> getShifts() {
		return shifts;
	}

	public void setShifts(List<RequestShiftRow> shifts) {
		this.shifts = shifts;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public Integer getNumberNeeded() {
		return numberNeeded;
	}

	public void setNumberNeeded(Integer numberNeeded) {
		this.numberNeeded = numberNeeded;
	}

	public LocalDate getApplyBy() {
		return applyBy;
	}

	public void setApplyBy(LocalDate applyBy) {
		this.applyBy = applyBy;
	}

	public Set<Long> getPlanNodeIds() {
		return planNodeIds;
	}

	public void setPlanNodeIds(Set<Long> planNodeIds) {
		this.planNodeIds = planNodeIds;
	}

	public boolean isDraft() {
		return draft;
	}

	public void setDraft(boolean draft) {
		this.draft = draft;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
