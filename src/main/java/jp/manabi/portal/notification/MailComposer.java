package jp.manabi.portal.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jp.manabi.portal.shared.SiteInfo;

/**
 * Writes a plain-text mail from message keys ({@code <key>.subject}, {@code <key>.body}) in
 * the recipient's language and hands it to the SMTP server. Failures propagate, so the event
 * publication stays incomplete and is retried.
 */
@Component
class MailComposer {

	private static final Logger log = LoggerFactory.getLogger(MailComposer.class);

	private final JavaMailSender sender;
	private final MessageSource messages;
	private final MailProperties properties;
	private final SiteInfo site;

	MailComposer(JavaMailSender sender, MessageSource messages, MailProperties properties, SiteInfo site) {
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
		this.site = site;
	}

	void send(String to, Locale locale, String key, Object... args) {
		var message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(to);
		String portal = site.title(locale);
		message.setSubject(messages.getMessage(key + ".subject", new Object[] { portal }, locale));
		Object[] bodyArgs = new Object[args.length + 1];
		System.arraycopy(args, 0, bodyArgs, 0, args.length);
		bodyArgs[args.length] = portal;
		message.setText(messages.getMessage(key + ".body", bodyArgs, locale)
				+ messages.getMessage("mail.footer", new Object[] { portal, properties.baseUrl() }, locale));
		sender.send(message);
		// The kind of mail and its language only: never the address or the body (one-time links).
		log.info("Sent mail {} in {}", key, locale.getLanguage());
	}
}
