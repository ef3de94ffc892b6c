package jp.manabi.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;

/** The audit log keeps what it is told and refuses to be rewritten. */
class AuditLogTest extends IntegrationTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesAreWrittenAndCanNeverBeChanged() {
		String subject = "test-" + System.nanoTime();
		auditLog.record(AuditAction.VIEW, "course_application", subject, "一覧を表示");
		var id = jdbc.sql("select id from audit_entry where subject_id = ?").param(subject).query(Long.class).single();
		assertThat(jdbc.sql("select action from audit_entry where id = ?").param(id).query(String.class).single())
				.isEqualTo("VIEW");
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'changed' where id = ?").param(id).update())
				.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select detail from audit_entry where id = ?").param(id).query(String.class).single())
				.isEqualTo("一覧を表示");
	}
}
