package jp.manabi.portal.circle.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.circle.domain.ScheduleRule;

/**
 * A circle's schedule in words: 毎週水曜 10:00～12:00, 第2・第4火曜 19:00～21:00; "Every
 * Wednesday, 10:00–12:00", "2nd and 4th Tuesday of the month, 19:00–21:00". Templates call it
 * as {@code ${@scheduleWords.describe(rule, #locale)}}.
 */
@Component("scheduleWords")
public class ScheduleWords {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private final MessageSource messages;

	ScheduleWords(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(ScheduleRule rule, Locale locale) {
		return describe(rule.meeting(), locale);
	}

	public String describe(ScheduleRule.Meeting meeting, Locale locale) {
		String day = messages.getMessage("day." + meeting.day(), null, locale);
		String from = TIME.format(meeting.startsAt());
		String to = TIME.format(meeting.endsAt());
		if (meeting.frequency() == ScheduleFrequency.WEEKLY) {
			return messages.getMessage("circle.schedule.weekly", new Object[] { day, from, to }, locale);
		}
		return messages.getMessage("circle.schedule.monthly", new Object[] { weeks(meeting.weeks(), locale), day, from, to },
				locale);
	}

	public String describeAll(List<ScheduleRule> rules, Locale locale) {
		return rules.stream().map(r -> describe(r, locale))
				.collect(Collectors.joining(messages.getMessage("circle.schedule.separator", null, locale)));
	}

	private String weeks(List<Integer> weeks, Locale locale) {
		var words = weeks.stream().map(w -> messages.getMessage("circle.schedule.week." + w, null, locale)).toList();
		if (words.size() == 1) {
			return words.get(0);
		}
		String and = messages.getMessage("circle.schedule.weekAnd", null, locale);
		String list = messages.getMessage("circle.schedule.weekList", null, locale);
		return String.join(list, words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
	}
}
