package jp.manabi.portal.privacy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.shared.SiteInfo;

/**
 * The privacy notice (個人情報の取扱い) in Japanese and English. Administrators edit it as plain text
 * (a blank line between paragraphs); every save is kept, so its history shows who changed what and
 * when. Until the first save, the built-in text of the message bundles is the notice, with the
 * retention periods from the settings.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyNotices {

	/** One saved version. */
	public record Version(long id, String bodyJa, String bodyEn, String savedByName, Instant savedAt) {

		public String body(Locale locale) {
			return "en".equals(locale.getLanguage()) ? bodyEn : bodyJa;
		}
	}

	private static final List<String> SECTIONS = List.of("purpose", "collected", "retention", "thirdParty",
			"cookies", "requests");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final SiteInfo site;
	private final PrivacyProperties properties;
	private final jp.manabi.portal.audit.AuditProperties auditProperties;
	private final AuditLog audit;

	PrivacyNotices(JdbcClient jdbc, MessageSource messages, SiteInfo site, PrivacyProperties properties,
			jp.manabi.portal.audit.AuditProperties auditProperties, AuditLog audit) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.site = site;
		this.properties = properties;
		this.auditProperties = auditProperties;
		this.audit = audit;
	}

	/** The newest saved version; empty while the built-in text applies. */
	public Optional<Version> current() {
		return jdbc.sql(SELECT + " order by saved_at desc, id desc limit 1").query(PrivacyNotices::version).optional();
	}

	/** Every saved version, newest first. */
	public List<Version> history() {
		return jdbc.sql(SELECT + " order by saved_at desc, id desc").query(PrivacyNotices::version).list();
	}

	/** The notice's text in the language: the saved one, or the built-in one. */
	public String text(Locale locale) {
		return current().map(v -> v.body(locale)).orElseGet(() -> builtIn(locale));
	}

	/**
	 * One paragraph of the notice: a block of lines between blank lines. A block's first line is
	 * its heading when more lines follow and it is short and not a sentence (no 。 or . at its end).
	 */
	public record Block(String heading, List<String> lines) {
	}

	/** The notice as blocks, for the page (escaped there like any text). */
	public List<Block> blocks(Locale locale) {
		return Arrays.stream(text(locale).replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
				.filter(p -> !p.isEmpty()).map(p -> {
					var lines = List.of(p.split("\n"));
					String first = lines.get(0).strip();
					boolean heading = lines.size() > 1 && first.length() <= 40 && !first.endsWith("。")
							&& !first.endsWith(".");
					return heading ? new Block(first, lines.subList(1, lines.size())) : new Block(null, lines);
				}).toList();
	}

	/** The built-in notice: the message bundles' sections, and the retention periods in force. */
	public String builtIn(Locale locale) {
		var text = new StringBuilder(messages.getMessage("about.privacy.intro",
				new Object[] { site.municipalityName(locale) }, locale));
		for (String section : SECTIONS) {
			text.append("\n\n").append(messages.getMessage("about.privacy." + section + "Title", null, locale))
					.append('\n');
			if (section.equals("requests")) {
				text.append(messages.getMessage("about.privacy.requests", new Object[] { site.contact(locale) }, locale));
			}
			else {
				text.append(messages.getMessage("about.privacy." + section, null, locale));
			}
			if (section.equals("retention")) {
				text.append('\n').append(messages.getMessage("privacy.notice.retentionPeriods",
						new Object[] { properties.retention().counterApplications().getYears(),
								properties.retention().consultationNotes().getYears(),
								auditProperties.retention().getYears() },
						locale));
			}
		}
		return text.toString();
	}

	@Transactional
	public void save(String bodyJa, String bodyEn) {
		Long actorId = null;
		String actorName = null;
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			actorId = user.accountId();
			actorName = user.displayName();
		}
		long id = jdbc.sql("""
				insert into privacy_notice (body_ja, body_en, saved_by, saved_by_name) values (?, ?, ?, ?)
				returning id""").params(bodyJa.strip(), bodyEn.strip(), actorId, actorName).query(Long.class).single();
		audit.record(AuditAction.ADMIN, "privacy_notice", id, "privacy notice saved");
	}

	private static final String SELECT = "select id, body_ja, body_en, saved_by_name, saved_at from privacy_notice";

	private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Version(rs.getLong("id"), rs.getString("body_ja"), rs.getString("body_en"),
				rs.getString("saved_by_name"), rs.getTimestamp("saved_at").toInstant());
	}
}
