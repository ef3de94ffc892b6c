package jp.manabi.portal.consultation.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.shared.Languages;

/**
 * A consultation topic (学習相談, 団体立ち上げ相談 …) with its booking rules: slot length and the
 * buffer after each, how far ahead one may book, until when one may cancel, and by which channels.
 */
@Entity
@Table(name = "consultation_topic")
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	private String nameJa;

	private String nameEn;

	private String descriptionJa = "";

	private String descriptionEn = "";

	private int slotMinutes;

	private int bufferMinutes;

	private int bookFromDays;

	private int bookUntilDays;

	private int cancelUntilHours;

	private boolean active = true;

	private int position;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consultation_topic_channel", joinColumns = @JoinColumn(name = "topic_id"))
	@Column(name = "channel")
	@Enumerated(EnumType.STRING)
	private Set<Channel> channels = EnumSet.noneOf(Channel.class);

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "consultation_topic_plan_node", joinColumns = @JoinColumn(name = "topic_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planNodeIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "consultation_topic_plan_scope", joinColumns = @JoinColumn(name = "topic_id"))
	@Column(name = "plan_node_id")
	private Set<Long> planScope = new LinkedHashSet<>();

	protected Topic() {
	}

	public Topic(String code, String nameJa, String nameEn, BookingRules rules, Set<Channel> channels) {
		this.code = code;
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		change(rules, channels);
	}

	public final void change(BookingRules rules, Set<Channel> channels) {
		this.slotMinutes = rules.slotMinutes();
		this.bufferMinutes = rules.bufferMinutes();
		this.bookFromDays = rules.bookFromDays();
		this.bookUntilDays = rules.bookUntilDays();
		this.cancelUntilHours = rules.cancelUntilHours();
		this.channels.retainAll(channels);
		this.channels.addAll(channels);
	}

	/** Names, descriptions, whether residents may book it, and its place in the list (staff edit these). */
	public void describe(String nameJa, String nameEn, String descriptionJa, String descriptionEn, boolean active,
			int position) {
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.descriptionJa = descriptionJa == null ? "" : descriptionJa;
		this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
		this.active = active;
		this.position = position;
	}

	public BookingRules rules() {
		return new BookingRules(slotMinutes, bufferMinutes, bookFromDays, bookUntilDays, cancelUntilHours);
	}

	public void linkToPlan(Set<Long> nodeIds, Set<Long> scope) {
		planNodeIds.retainAll(nodeIds);
		planNodeIds.addAll(nodeIds);
		planScope.retainAll(scope);
		planScope.addAll(scope);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String name(Locale locale) {
		return Languages.isEnglish(locale) ? nameEn : nameJa;
	}

	public String description(Locale locale) {
		return Languages.isEnglish(locale) ? descriptionEn : descriptionJa;
	}

	public String getDescriptionJa() {
		return descriptionJa;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public String getNameJa() {
		return nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}

	public Duration slotLength() {
		return Duration.ofMinutes(slotMinutes);
	}

	public boolean isActive() {
		return active;
	}

	public int getPosition() {
		return position;
	}

	public Set<Channel> getChannels() {
		return Collections.unmodifiableSet(channels);
	}

	public Set<Long> getPlanNodeIds() {
		return Collections.unmodifiableSet(planNodeIds);
	}
}
