package jp.manabi.portal.account.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session lasts.
 *
 * @param idleTimeout a session ends after this long without a request (Spring Session's
 *        {@code spring.session.timeout} is set from it in application.yaml)
 * @param absoluteLifetime a signed-in session ends this long after it began, however active
 */
@ConfigurationProperties("portal.session")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout,
		@DefaultValue("12h") Duration absoluteLifetime) {
}
