package jp.manabi.portal.course.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * No-show counts: the sessions a person was marked absent from, across all courses. A resident
 * is counted by account; someone without an account by the digits of the phone number staff
 * took at the counter (their applications join the account once claimed).
 */
@Component
public class NoShows {

	private final JdbcClient jdbc;

	NoShows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count for each application's person, by application id; two queries however many people. */
	public Map<Long, Integer> of(Collection<CourseApplication> applications) {
		var accountIds = applications.stream().map(CourseApplication::getAccountId).filter(Objects::nonNull)
				.collect(Collectors.toSet());
		var phones = applications.stream().filter(a -> a.getAccountId() == null)
				.map(a -> PersonKeys.phoneDigits(a.getApplicantPhone())).filter(digits -> !digits.isEmpty())
				.collect(Collectors.toSet());
		var byAccount = byAccount(accountIds);
		var byPhone = byPhone(phones);
		var counts = new HashMap<Long, Integer>();
		for (var application : applications) {
			int count = application.getAccountId() != null ? byAccount.getOrDefault(application.getAccountId(), 0)
					: byPhone.getOrDefault(PersonKeys.phoneDigits(application.getApplicantPhone()), 0);
			counts.put(application.getId(), count);
		}
		return counts;
	}

	private Map<Long, Integer> byAccount(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return toMap(jdbc.sql("""
				select a.account_id as person, count(*) as absences
				from course_attendance t join course_application a on a.id = t.application_id
				where not t.present and a.account_id in (:ids)
				group by a.account_id""").param("ids", List.copyOf(accountIds))
				.query((rs, row) -> Map.entry(rs.getLong("person"), rs.getInt("absences"))).list());
	}

	private Map<String, Integer> byPhone(Collection<String> digits) {
		if (digits.isEmpty()) {
			return Map.of();
		}
		return toMap(jdbc.sql("""
				select regexp_replace(a.applicant_phone, '[^0-9]', '', 'g') as person, count(*) as absences
				from course_attendance t join course_application a on a.id = t.application_id
				where not t.present and a.account_id is null
				  and regexp_replace(a.applicant_phone, '[^0-9]', '', 'g') in (:digits)
				group by 1""").param("digits", List.copyOf(digits))
				.query((rs, row) -> Map.entry(rs.getString("person"), rs.getInt("absences"))).list());
	}

	private static <K> Map<K, Integer> toMap(List<Map.Entry<K, Integer>> entries) {
		return entries.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
