package jp.manabi.portal.consultation.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.manabi.portal.consultation.Channel;

/** A date that differs from a counselor's week: absent, or other hours (also on a public holiday). */
@Entity
@Table(name = "counselor_exception")
public class CounselorException {

	public enum Kind {
		ABSENT, HOURS
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long counselorId;

	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalTime startsAt;

	private LocalTime endsAt;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String venue;

	private String note;

	protected CounselorException() {
	}

	public static CounselorException absent(long counselorId, LocalDate day, String note) {
		var exception = new CounselorException();
		exception.counselorId = counselorId;
		exception.day = day;
		exception.kind = Kind.ABSENT;
		exception.note = note;
		return exception;
	}

	public static CounselorException hours(long counselorId, LocalDate day, LocalTime startsAt, LocalTime endsAt,
			Channel channel, String venue, String note) {
		var exception = new CounselorException();
		exception.counselorId = counselorId;
		exception.day = day;
		exception.kind = Kind.HOURS;
		exception.startsAt = startsAt;
		exception.endsAt = endsAt;
		exception.channel = channel;
		exception.venue = channel == Channel.COUNTER ? venue : null;
		exception.note = note;
		return exception;
	}

	public FreeSlots.DateRange range() {
		return kind == Kind.ABSENT ? FreeSlots.DateRange.absent(counselorId, day)
				: new FreeSlots.DateRange(counselorId, day, false, startsAt, endsAt, channel, venue);
	}

	public Long getId() {
		return id;
	}

	public long getCounselorId() {
		return counselorId;
	}

	public LocalDate getDay() {
		return day;
	}

	public Kind getKind() {
		return kind;
	}

	public String getNote() {
		return note;
	}
}
