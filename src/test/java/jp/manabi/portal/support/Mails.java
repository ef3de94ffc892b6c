package jp.manabi.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reading what GreenMail received. */
public final class Mails {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Mails() {
	}

	/** Waits for the newest mail to the address and returns its text. */
	public static String awaitText(GreenMail greenMail, String to, int count) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			var messages = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, to)).toList();
			if (messages.size() >= count) {
				return (String) messages.get(messages.size() - 1).getContent();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail number " + count + " to " + to + " within 15 s");
	}

	/** Waits until at least {@code count} mails reached the address; returns all their texts. */
	public static java.util.List<String> awaitAll(GreenMail greenMail, String to, int count) throws Exception {
		awaitText(greenMail, to, count);
		var texts = new java.util.ArrayList<String>();
		for (var message : greenMail.getReceivedMessages()) {
			if (isTo(message, to)) {
				texts.add((String) message.getContent());
			}
		}
		return texts;
	}

	public static long countTo(GreenMail greenMail, String to) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, to)).count();
	}

	public static String linkIn(String text, String pathPart) {
		var matcher = LINK.matcher(text);
		while (matcher.find()) {
			if (matcher.group().contains(pathPart)) {
				return matcher.group();
			}
		}
		assertThat(text).as("a link containing " + pathPart).contains(pathPart);
		return null;
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
