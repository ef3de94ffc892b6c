package jp.manabi.portal.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.privacy.*}: how long personal data is kept (see docs/operations.md).
 *
 * @param retention the periods the retention job applies
 */
@ConfigurationProperties("portal.privacy")
public record PrivacyProperties(@DefaultValue Retention retention) {

	/**
	 * @param counterApplications names, phone numbers and notes of applications taken at the counter
	 *        (people without an account), counted from the course's last session
	 * @param consultationNotes counselors' notes and the names and phones of callers without an
	 *        account, counted from the consultation
	 * @param checkEvery how often the job looks for data past its time
	 */
	public record Retention(@DefaultValue("5y") Period counterApplications,
			@DefaultValue("5y") Period consultationNotes, @DefaultValue("1d") java.time.Duration checkEvery) {
	}
}
