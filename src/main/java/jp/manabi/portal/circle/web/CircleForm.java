package jp.manabi.portal.circle.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import jp.manabi.portal.circle.domain.Circle;
import jp.manabi.portal.circle.domain.CircleDetails;
import jp.manabi.portal.circle.domain.CircleRegistrationService;
import jp.manabi.portal.circle.domain.FeePeriod;
import jp.manabi.portal.circle.domain.ScheduleRule;
import jp.manabi.portal.shared.image.SanitizedImage;
import jp.manabi.portal.shared.validation.PlainText;

/**
 * The registration and edit form of a circle. Lengths follow V40__circle_tables.sql. The schedule
 * always has {@value CircleRegistrationService#MAX_SCHEDULE_RULES} lines; empty ones are ignored.
 */
public class CircleForm {

	static final int ROWS = CircleRegistrationService.MAX_SCHEDULE_RULES;

	private Long version;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String name;

	@NotBlank
	@Size(max = 5000)
	private String description;

	@NotBlank
	@Size(max = 40)
	private String categoryCode;

	@NotBlank
	@Size(max = 40)
	private String areaCode;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String venue;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer memberCount;

	private boolean recruiting;

	@Size(max = 500)
	@PlainText
	private String recruitingWhom;

	@NotNull
	@Min(0)
	@Max(1000000)
	private Integer feeYen = 0;

	@NotNull
	private FeePeriod feePeriod = FeePeriod.MONTH;

	@Size(max = 200)
	@PlainText
	private String feeNote;

	private boolean beginnersWelcome;

	private List<CircleScheduleRow> schedule = new ArrayList<>();

	private Set<Long> planNodeIds = new LinkedHashSet<>();

	private MultipartFile image;

	private boolean removeImage;

	public static CircleForm blank() {
		var form = new CircleForm();
		form.ensureRows();
		return form;
	}

	public static CircleForm of(Circle circle) {
		var form = new CircleForm();
		form.version = circle.getVersion();
		var details = circle.details();
		form.name = details.name();
		form.description = details.description();
		form.categoryCode = circle.getCategory().getCode();
		form.areaCode = details.areaCode();
		form.venue = details.venue();
		form.memberCount = details.memberCount();
		form.recruiting = details.recruiting();
		form.recruitingWhom = details.recruitingWhom();
		form.feeYen = details.feeYen();
		form.feePeriod = details.feePeriod();
		form.feeNote = details.feeNote();
		form.beginnersWelcome = details.beginnersWelcome();
		circle.getScheduleRules().forEach(rule -> form.schedule.add(CircleScheduleRow.of(rule.meeting())));
		form.planNodeIds = new LinkedHashSet<>(circle.getPlanNodeIds());
		form.ensureRows();
		return form;
	}

	/** Back to exactly {@link #ROWS} lines: what the page shows. */
	void ensureRows() {
		while (schedule.size() < ROWS) {
			schedule.add(new CircleScheduleRow());
		}
	}

	CircleRegistrationService.Registration toRegistration(SanitizedImage sanitized) {
		var details = new CircleDetails(name, description, areaCode, venue, memberCount, recruiting,
				recruiting ? recruitingWhom : null, feeYen, feePeriod, feeNote, beginnersWelcome);
		return new CircleRegistrationService.Registration(details, categoryCode, meetings(),
				planNodeIds == null ? Set.of() : planNodeIds, sanitized);
	}

	List<ScheduleRule.Meeting> meetings() {
		return schedule.stream().filter(row -> row != null && !row.isEmpty())
				.map(row -> new ScheduleRule.Meeting(row.getFrequency(), DayOfWeek.of(row.getDayOfWeek()),
						row.getFrequency() == jp.manabi.portal.circle.domain.ScheduleFrequency.MONTHLY
								? row.getWeeks() : List.of(),
						row.getStartsAt(), row.getEndsAt()))
				.toList();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public Integer getMemberCount() {
		return memberCount;
	}

	public void setMemberCount(Integer memberCount) {
		this.memberCount = memberCount;
	}

	public boolean isRecruiting() {
		return recruiting;
	}

	public void setRecruiting(boolean recruiting) {
		this.recruiting = recruiting;
	}

	public String getRecruitingWhom() {
		return recruitingWhom;
	}

	public void setRecruitingWhom(String recruitingWhom) {
		this.recruitingWhom = recruitingWhom;
	}

	public Integer getFeeYen() {
		return feeYen;
	}

	public void setFeeYen(Integer feeYen) {
		this.feeYen = feeYen;
	}

	public FeePeriod getFeePeriod() {
		return feePeriod;
	}

	public void setFeePeriod(FeePeriod feePeriod) {
		this.feePeriod = feePeriod;
	}

	public String getFeeNote() {
		return feeNote;
	}

	public void setFeeNote(String feeNote) {
		this.feeNote = feeNote;
	}

	public boolean isBeginnersWelcome() {
		return beginnersWelcome;
	}

	public void setBeginnersWelcome(boolean beginnersWelcome) {
		this.beginnersWelcome = beginnersWelcome;
	}

	public List<CircleScheduleRow> getSchedule() {
		return schedule;
	}

	public void setSchedule(List<CircleScheduleRow> schedule) {
		this.schedule = schedule == null ? new ArrayList<>() : schedule;
	}

	public Set<Long> getPlanNodeIds() {
		return planNodeIds;
	}

	public void setPlanNodeIds(Set<Long> planNodeIds) {
		this.planNodeIds = planNodeIds == null ? new LinkedHashSet<>() : planNodeIds;
	}

	public MultipartFile getImage() {
		return image;
	}

	public void setImage(MultipartFile image) {
		this.image = image;
	}

	public boolean isRemoveImage() {
		return removeImage;
	}

	public void setRemoveImage(boolean removeImage) {
		this.removeImage = removeImage;
	}
}
