package jp.manabi.portal.shared.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) files: events with UTC times, escaped text and lines folded at
 * 75 octets, which is all calendar apps need. Small enough not to need a library.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	/** One event. {@code uid} must be stable, so a re-import updates rather than duplicates. */
	public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
			String url, boolean cancelled) {
	}

	private final String calendarName;
	private final List<Event> events = new ArrayList<>();
	private String calendarDescription;

	public ICalendar(String calendarName) {
		this.calendarName = calendarName;
	}

	/** A description of the whole calendar (X-WR-CALDESC), e.g. its licence. */
	public ICalendar describedAs(String description) {
		this.calendarDescription = description;
		return this;
	}

	public ICalendar add(Event event) {
		events.add(event);
		return this;
	}

	public String write(Instant stamp) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//manabi-portal//course calendar//JA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(calendarName));
		if (calendarDescription != null && !calendarDescription.isBlank()) {
			line(out, "X-WR-CALDESC:" + escape(calendarDescription));
		}
		for (var event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(event.start()));
			line(out, "DTEND:" + UTC.format(event.end()));
			line(out, "SUMMARY:" + escape(event.summary()));
			if (event.description() != null && !event.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(event.description()));
			}
			if (event.location() != null && !event.location().isBlank()) {
				line(out, "LOCATION:" + escape(event.location()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
				.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Folds a content line so that no physical line exceeds 75 octets, never splitting a character. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + length > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += length;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
