package jp.manabi.portal.volunteer.web;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.volunteer.domain.RequestReader;
import jp.manabi.portal.volunteer.domain.Shift;
import jp.manabi.portal.volunteer.domain.ShiftRepository;
import jp.manabi.portal.volunteer.domain.Skill;
import jp.manabi.portal.volunteer.domain.matching.Match;
import jp.manabi.portal.volunteer.domain.matching.Reason;

/**
 * Turns the scorer's reasons (message keys with a skill or shift id and an amount) into sentences:
 * skill names, shift dates and times, area names, in the page's language.
 */
@Component
public class RequestWords {

	private final MessageSource messages;
	private final RequestReader reader;
	private final ShiftRepository shifts;
	private final MunicipalityProperties municipality;

	RequestWords(MessageSource messages, RequestReader reader, ShiftRepository shifts,
			MunicipalityProperties municipality) {
		this.messages = messages;
		this.reader = reader;
		this.shifts = shifts;
		this.municipality = municipality;
	}

	/** An area's name in the page's language (the code when the area is unknown). */
	public String area(String code, Locale locale) {
		return municipality.area(code).map(a -> a.name(locale)).orElse(code);
	}

	/** The words for these matches, with the skills and shifts they mention looked up once. */
	public Words forMatches(Collection<Match> matches, Locale locale) {
		var shiftIds = new HashSet<Long>();
		for (var match : matches) {
			shiftIds.addAll(match.freeShifts());
			shiftIds.addAll(match.otherShifts());
		}
		var byId = new HashMap<Long, Shift>();
		shifts.findAllById(shiftIds).forEach(s -> byId.put(s.getId(), s));
		return new Words(reader.skillsById(), byId, locale);
	}

	/** Sentences for one page. */
	public final class Words {

		private final Map<Long, Skill> skills;
		private final Map<Long, Shift> shiftsById;
		private final Locale locale;
		private final DateTimeFormatter date;

		Words(Map<Long, Skill> skills, Map<Long, Shift> shiftsById, Locale locale) {
			this.skills = skills;
			this.shiftsById = shiftsById;
			this.locale = locale;
			this.date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
		}

		public String text(Reason reason, Match match) {
			Object[] args;
			String key = reason.key();
			if (key.endsWith(".required") || key.endsWith(".nice")) {
				var skill = skills.get(reason.subjectId());
				String name = skill == null ? "?" : skill.name(locale);
				args = reason.amount() == null ? new Object[] { name }
						: new Object[] { name, messages.getMessage("volunteer.skillLevel." + reason.amount(), null, locale) };
			}
			else if (key.contains(".shift")) {
				args = new Object[] { shift(reason.subjectId()) };
			}
			else if (key.endsWith(".area")) {
				String code = match.needs().areaCode();
				args = new Object[] { municipality.area(code).map(a -> a.name(locale)).orElse(code) };
			}
			else if (reason.amount() != null) {
				args = new Object[] { reason.amount() instanceof Double d && d == Math.rint(d) ? (Object) d.longValue()
						: reason.amount() };
			}
			else {
				args = new Object[0];
			}
			return messages.getMessage(key, args, locale);
		}

		/** "Sat 3 May 2026 10:00–12:00" for a shift. */
		public String shift(Long shiftId) {
			var shift = shiftsById.get(shiftId);
			if (shift == null) {
				return "?";
			}
			return messages.getMessage("volunteer.request.shift.when", new Object[] { date.format(shift.getShiftDate()),
					shift.getStartsAt().toString(), shift.getEndsAt().toString() }, locale);
		}
	}
}
