package jp.manabi.portal.audit;

import java.time.Instant;

/** One line of the audit log as the administrators' page shows it. */
public record AuditEntry(long id, Instant at, Long actorAccountId, String actorName, String remoteAddress,
		AuditAction action, String subjectType, String subjectId, String detail) {
}
