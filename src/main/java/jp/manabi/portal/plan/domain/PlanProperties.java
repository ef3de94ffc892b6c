package jp.manabi.portal.plan.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the plan module.
 *
 * @param activeCode the plan the portal works to until an administrator chooses another
 * @param directory where the plan files are read at start-up, relative to the working
 *        directory; when it does not exist (a packaged jar run elsewhere), the copies in the
 *        jar ({@code classpath:plans/}) are read instead
 */
@ConfigurationProperties("portal.plan")
public record PlanProperties(@DefaultValue("toshima") String activeCode, @DefaultValue("db/plans") String directory) {
}
