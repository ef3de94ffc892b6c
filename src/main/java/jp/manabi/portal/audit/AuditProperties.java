package jp.manabi.portal.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long audit entries are kept; older ones are deleted by the privacy
 *        retention job (default five years)
 */
@ConfigurationProperties("portal.audit")
public record AuditProperties(@DefaultValue("5y") Period retention) {
}
