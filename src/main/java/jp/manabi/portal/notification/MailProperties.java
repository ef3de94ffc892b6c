package jp.manabi.portal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every mail
 * @param baseUrl the portal's public address, for links in mail
 * @param retryAfter how long a failed mail waits before it is tried again
 * @param embedded the in-process SMTP server of the embedded default
 */
@ConfigurationProperties("portal.mail")
public record MailProperties(
		@DefaultValue("no-reply@manabi.example") String from,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("1m") Duration retryAfter,
		@DefaultValue Embedded embedded) {

	/**
	 * @param enabled start GreenMail inside the app and send mail to it
	 * @param port its SMTP port; 0 picks a free one
	 * @param mailboxPage show the received mail on an admin page (demo and tests only)
	 */
	public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port,
			@DefaultValue("false") boolean mailboxPage) {
	}
}
