package jp.manabi.portal.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.PersonalData;
import jp.manabi.portal.account.PersonalData.Group;
import jp.manabi.portal.account.PersonalDataSource;

/**
 * A resident's data download (開示請求): the account's own fields, then each module's section
 * (see {@link PersonalDataSource}). Only the signed-in person's id ever reaches it.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {

	/** The order sections appear in; sections of modules added later come last. */
	private static final List<String> ORDER = List.of("account", "courses", "proposals", "circles", "volunteer",
			"consultations");

	/** The whole download: when it was made and the sections. */
	public record Download(Instant madeAt, List<PersonalData> sections) {

		/** The same as JSON-ready maps: {@code {madeAt, sections: {name: {group: [rows]}}}}. */
		public Map<String, Object> asMap() {
			var bySection = new LinkedHashMap<String, Object>();
			for (var section : sections) {
				var groups = new LinkedHashMap<String, Object>();
				section.groups().forEach(g -> groups.put(g.name(), g.rows()));
				bySection.put(section.section(), groups);
			}
			var all = new LinkedHashMap<String, Object>();
			all.put("madeAt", madeAt.toString());
			all.put("sections", bySection);
			return all;
		}
	}

	private final AccountRepository accounts;
	private final List<PersonalDataSource> sources;
	private final JdbcClient jdbc;
	private final Clock clock;

	PersonalDataExport(AccountRepository accounts, List<PersonalDataSource> sources, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.sources = sources;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Download of(long accountId) {
		var sections = new ArrayList<PersonalData>();
		sections.add(account(accountId));
		sources.stream().map(s -> s.personalData(accountId)).filter(s -> !s.groups().isEmpty())
				.sorted(Comparator.comparingInt(s -> order(s.section()))).forEach(sections::add);
		return new Download(clock.instant(), List.copyOf(sections));
	}

	private static int order(String section) {
		int index = ORDER.indexOf(section);
		return index < 0 ? ORDER.size() : index;
	}

	private PersonalData account(long accountId) {
		var account = accounts.findById(accountId).orElseThrow();
		var details = account.details();
		var row = PersonalData.row("email", account.getEmail(), "displayName", details.displayName(), "furigana",
				details.furigana(), "phone", details.phone(), "areaCode", details.areaCode(), "residency",
				details.residency(), "birthYear", details.birthYear(), "language", details.preferredLanguage(),
				"emailVerified", account.isEmailVerified(), "roles", account.getRoles().stream().map(Enum::name)
						.sorted().toList().toString(),
				"createdAt", account.getCreatedAt());
		List<Map<String, Object>> failures = jdbc.sql("""
				select failures, last_failure_at from login_throttle where throttle_key = ?""")
				.param("account:" + account.getEmail())
				.query((rs, n) -> PersonalData.row("failedLogins", rs.getInt(1), "lastFailureAt",
						rs.getTimestamp(2).toInstant()))
				.list();
		var groups = new ArrayList<Group>();
		groups.add(new Group("account", List.of(row)));
		if (!failures.isEmpty()) {
			groups.add(new Group("loginFailures", failures));
		}
		return new PersonalData("account", groups);
	}
}
