package jp.manabi.portal.circle.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Reading mails about events, plain or with an .ics attached (multipart/mixed: the text, then
 * the calendar), which {@link jp.manabi.portal.support.Mails} does not open.
 */
public final class ActivityTestMails {

	/** One mail: its subject, its text and the attachment's text (null when none). */
	public record Received(String subject, String text, String attachmentName, String attachmentType,
			String attachment) {
	}

	private ActivityTestMails() {
	}

	/** Waits until at least {@code count} mails reached the address; returns them all, oldest first. */
	public static List<Received> await(GreenMail greenMail, String to, int count) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			var messages = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, to)).toList();
			if (messages.size() >= count) {
				var received = new ArrayList<Received>();
				for (var message : messages) {
					received.add(read(message));
				}
				return received;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail number " + count + " to " + to + " within 15 s");
	}

	private static Received read(MimeMessage message) throws Exception {
		Object content = message.getContent();
		if (content instanceof String text) {
			return new Received(message.getSubject(), text, null, null, null);
		}
		var multipart = (Multipart) content;
		String text = null;
		String name = null;
		String type = null;
		String attachment = null;
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				name = part.getFileName();
				type = part.getContentType();
				var body = part.getContent();
				attachment = body instanceof String s ? s
						: new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			else if (text == null) {
				text = String.valueOf(part.getContent());
			}
		}
		return new Received(message.getSubject(), text, name, type, attachment);
	}

	private static boolean isTo(MimeMessage message, String to) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
		}
		catch (Exception ex) {
			return false;
		}
	}
}
