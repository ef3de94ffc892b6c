package jp.manabi.portal.audit;

import java.time.LocalDate;

/**
 * A search of the audit log; every field may be empty.
 *
 * @param actorEmail the actor's sign-in address (exact, without case)
 * @param from the first day (Japan time), inclusive
 * @param to the last day (Japan time), inclusive
 */
public record AuditQuery(String actorEmail, String subjectType, String subjectId, AuditAction action, LocalDate from,
		LocalDate to) {

	public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

	/** For a log line or the EXPORT entry's detail: what was searched, without personal data beyond the actor. */
	public String describe() {
		var text = new StringBuilder();
		append(text, "actor", actorEmail);
		append(text, "type", subjectType);
		append(text, "id", subjectId);
		append(text, "action", action == null ? null : action.name());
		append(text, "from", from == null ? null : from.toString());
		append(text, "to", to == null ? null : to.toString());
		return text.isEmpty() ? "all" : text.toString();
	}

	private static void append(StringBuilder text, String name, String value) {
		if (value != null && !value.isBlank()) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(name).append('=').append(value);
		}
	}
}
