package jp.manabi.portal.consultation.web.counselor;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.shared.validation.PlainText;

/** A date that differs: absent, or other hours that day (the times, channel and venue only then). */
public class ExceptionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private boolean absent = true;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	private Channel channel;

	@Size(max = 200)
	@PlainText
	private String venue;

	@Size(max = 200)
	@PlainText
	private String note;

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public boolean isAbsent() {
		return absent;
	}

	public void setAbsent(boolean absent) {
		this.absent = absent;
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

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
