package jp.manabi.portal.consultation.web.counselor;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.shared.validation.PlainText;

/** A weekly range to add: weekday, from, until, channel, and the venue for the counter. */
public class WeeklyForm {

	@NotNull
	private DayOfWeek day;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	@NotNull
	private Channel channel;

	@Size(max = 200)
	@PlainText
	private String venue;

	public DayOfWeek getDay() {
		return day;
	}

	public void setDay(DayOfWeek day) {
		this.day = day;
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

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}
}
