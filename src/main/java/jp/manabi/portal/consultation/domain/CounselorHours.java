package jp.manabi.portal.consultation.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.manabi.portal.consultation.Channel;

/** One range of a counselor's usual week (several a day allowed; the database refuses overlaps). */
@Entity
@Table(name = "counselor_hours")
public class CounselorHours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long counselorId;

	private int dayOfWeek;

	private LocalTime startsAt;

	private LocalTime endsAt;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String venue;

	protected CounselorHours() {
	}

	public CounselorHours(long counselorId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, Channel channel,
			String venue) {
		this.counselorId = counselorId;
		this.dayOfWeek = day.getValue();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.channel = channel;
		this.venue = channel == Channel.COUNTER ? venue : null;
	}

	public FreeSlots.WeeklyRange range() {
		return new FreeSlots.WeeklyRange(counselorId, DayOfWeek.of(dayOfWeek), startsAt, endsAt, channel, venue);
	}

	public Long getId() {
		return id;
	}

	public long getCounselorId() {
		return counselorId;
	}

	public DayOfWeek day() {
		return DayOfWeek.of(dayOfWeek);
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public Channel getChannel() {
		return channel;
	}

	public String getVenue() {
		return venue;
	}
}
