package jp.manabi.portal.consultation.web.admin;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.BookingRules;
import jp.manabi.portal.consultation.domain.Topic;
import jp.manabi.portal.consultation.domain.TopicService.TopicChange;
import jp.manabi.portal.shared.validation.PlainText;

/** A topic as staff edit it. The same limits as the database's checks, so each message sits by its field. */
public class TopicForm {

	private Long version;

	@Size(max = 40)
	private String code;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String nameJa;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String nameEn;

	@Size(max = 1000)
	@PlainText
	private String descriptionJa;

	@Size(max = 1000)
	@PlainText
	private String descriptionEn;

	@NotNull
	@Min(10)
	@Max(240)
	private Integer slotMinutes;

	@NotNull
	@Min(0)
	@Max(120)
	private Integer bufferMinutes;

	@NotNull
	@Min(0)
	@Max(365)
	private Integer bookFromDays;

	@NotNull
	@Min(1)
	@Max(366)
	private Integer bookUntilDays;

	@NotNull
	@Min(0)
	@Max(720)
	private Integer cancelUntilHours;

	private Set<Channel> channels = EnumSet.noneOf(Channel.class);

	private boolean active = true;

	@NotNull
	@Min(0)
	@Max(10000)
	private Integer position;

	private Set<Long> planNodeIds = new LinkedHashSet<>();

	public static TopicForm blank() {
		var form = new TopicForm();
		form.slotMinutes = 30;
		form.bufferMinutes = 10;
		form.bookFromDays = 1;
		form.bookUntilDays = 60;
		form.cancelUntilHours = 24;
		form.position = 100;
		form.channels = EnumSet.allOf(Channel.class);
		return form;
	}

	public static TopicForm of(Topic topic) {
		var form = new TopicForm();
		var rules = topic.rules();
		form.version = topic.getVersion();
		form.code = topic.getCode();
		form.nameJa = topic.getNameJa();
		form.nameEn = topic.getNameEn();
		form.descriptionJa = topic.getDescriptionJa();
		form.descriptionEn = topic.getDescriptionEn();
		form.slotMinutes = rules.slotMinutes();
		form.bufferMinutes = rules.bufferMinutes();
		form.bookFromDays = rules.bookFromDays();
		form.bookUntilDays = rules.bookUntilDays();
		form.cancelUntilHours = rules.cancelUntilHours();
		form.channels = topic.getChannels().isEmpty() ? EnumSet.noneOf(Channel.class)
				: EnumSet.copyOf(topic.getChannels());
		form.active = topic.isActive();
		form.position = topic.getPosition();
		form.planNodeIds = new LinkedHashSet<>(topic.getPlanNodeIds());
		return form;
	}

	TopicChange toChange() {
		return new TopicChange(nameJa, nameEn, descriptionJa, descriptionEn,
				new BookingRules(slotMinutes, bufferMinutes, bookFromDays, bookUntilDays, cancelUntilHours),
				channels == null ? Set.of() : channels, active, position,
				planNodeIds == null ? Set.of() : planNodeIds);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameJa() {
		return nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionJa() {
		return descriptionJa;
	}

	public void setDescriptionJa(String descriptionJa) {
		this.descriptionJa = descriptionJa;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public Integer getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(Integer slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public Integer getBufferMinutes() {
		return bufferMinutes;
	}

	public void setBufferMinutes(Integer bufferMinutes) {
		this.bufferMinutes = bufferMinutes;
	}

	public Integer getBookFromDays() {
		return bookFromDays;
	}

	public void setBookFromDays(Integer bookFromDays) {
		this.bookFromDays = bookFromDays;
	}

	public Integer getBookUntilDays() {
		return bookUntilDays;
	}

	public void setBookUntilDays(Integer bookUntilDays) {
		this.bookUntilDays = bookUntilDays;
	}

	public Integer getCancelUntilHours() {
		return cancelUntilHours;
	}

	public void setCancelUntilHours(Integer cancelUntilHours) {
		this.cancelUntilHours = cancelUntilHours;
	}

	public Set<Channel> getChannels() {
		return channels;
	}

	public void setChannels(Set<Channel> channels) {
		this.channels = channels;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Set<Long> getPlanNodeIds() {
		return planNodeIds;
	}

	public void setPlanNodeIds(Set<Long> planNodeIds) {
		this.planNodeIds = planNodeIds;
	}
}
