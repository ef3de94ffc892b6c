package jp.manabi.portal.circle.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.circle.domain.ActivityDetails;
import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.shared.validation.PlainText;

/** The leader's activity form: a public event or a regular meeting. */
public class ActivityForm {

	@NotNull
	private ActivityKind kind;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String title;

	@Size(max = 5000)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String place;

	@Size(max = 40)
	private String areaCode;

	@NotNull
	@Min(0)
	@Max(1_000_000)
	private Integer feeYen = 0;

	@Min(1)
	@Max(100_000)
	private Integer capacity;

	private boolean signupOpen;

	static ActivityForm of(ActivityDetails details) {
		var form = new ActivityForm();
		form.kind = details.kind();
		form.title = details.title();
		form.description = details.description();
		form.date = details.date();
		form.startsAt = details.startsAt();
		form.endsAt = details.endsAt();
		form.place = details.place();
		form.areaCode = details.areaCode();
		form.feeYen = details.feeYen();
		form.capacity = details.capacity();
		form.signupOpen = details.signupOpen();
		return form;
	}

	ActivityDetails toDetails() {
		boolean event = kind == ActivityKind.EVENT;
		return new ActivityDetails(kind, title == null ? null : title.strip(), description, date, startsAt, endsAt,
				place == null ? null : place.strip(), areaCode == null || areaCode.isBlank() ? null : areaCode,
				capacity, event && signupOpen, feeYen == null ? 0 : feeYen);
	}

	public ActivityKind getKind() {
		return kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
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

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
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

	public Integer getFeeYen() {
		return feeYen;
	}

	public void setFeeYen(Integer feeYen) {
		this.feeYen = feeYen;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isSignupOpen() {
		return signupOpen;
	}

	public void setSignupOpen(boolean signupOpen) {
		this.signupOpen = signupOpen;
	}
}
