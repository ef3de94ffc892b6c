package jp.manabi.portal.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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

	/** A file sent with a mail, e.g. a course's sessions as text/calendar. */
	record Attachment(String fileName, String contentType, String text) {
	}

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
		if (undeliverable(to)) {
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(to);
		message.setSubject(subject(locale, key));
		message.setText(text(locale, key, args));
		sender.send(message);
		// The kind of mail and its language only: never the address or the body (one-time links).
		log.info("Sent mail {} in {}", key, locale.getLanguage());
	}

	/**
	 * A deleted account's address ({@code deleted-<id>@invalid}, the reserved .invalid name of
	 * RFC 2606): mails about what its deletion cancelled have nobody to go to.
	 */
	private static boolean undeliverable(String to) {
		if (to != null && to.endsWith("@invalid")) {
			log.info("Mail to a deleted account not sent");
			return true;
		}
		return false;
	}

	/** The same mail as {@link #send}, with a file attached (multipart/mixed: the text, then the file). */
	void sendWithAttachment(String to, Locale locale, String key, Attachment attachment, Object... args) {
		if (undeliverable(to)) {
			return;
		}
		var message = sender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
					StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(to);
			helper.setSubject(subject(locale, key));
			helper.setText(text(locale, key, args), false);
			helper.addAttachment(attachment.fileName(),
					new ByteArrayResource(attachment.text().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(message);
		log.info("Sent mail {} in {} with {}", key, locale.getLanguage(), attachment.contentType());
	}

	private String subject(Locale locale, String key) {
		return messages.getMessage(key + ".subject", new Object[] { site.title(locale) }, locale);
	}

	/** The body with the portal's name as the last argument, then the common footer. */
	private String text(Locale locale, String key, Object... args) {
		String portal = site.title(locale);
		Object[] bodyArgs = new Object[args.length + 1];
		System.arraycopy(args, 0, bodyArgs, 0, args.length);
		bodyArgs[args.length] = portal;
		return messages.getMessage(key + ".body", bodyArgs, locale)
				+ messages.getMessage("mail.footer", new Object[] { portal, properties.baseUrl() }, locale);
	}
}
