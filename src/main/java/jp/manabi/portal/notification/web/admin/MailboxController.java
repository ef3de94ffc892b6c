package jp.manabi.portal.notification.web.admin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Lists the mail the embedded server received, newest first, so someone trying the demo can
 * follow verification and reset links without a mail server. Never on in production.
 */
@Controller
@ConditionalOnProperty(name = "portal.mail.embedded.mailbox-page", havingValue = "true")
class MailboxController {

	record ReceivedMail(String to, String subject, String body, java.util.Date sent) {
	}

	private final GreenMail greenMail;

	MailboxController(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	@GetMapping("/admin/mail")
	String mailbox(Model model) {
		model.addAttribute("mails", received());
		return "admin/notification/mailbox";
	}

	private List<ReceivedMail> received() {
		return Arrays.stream(greenMail.getReceivedMessages()).map(MailboxController::read)
				.sorted(Comparator.comparing(ReceivedMail::sent, Comparator.nullsLast(Comparator.reverseOrder())))
				.limit(200).toList();
	}

	private static ReceivedMail read(MimeMessage message) {
		try {
			String to = message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
			String body = message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
			return new ReceivedMail(to, message.getSubject(), body, message.getSentDate());
		}
		catch (MessagingException | java.io.IOException ex) {
			return new ReceivedMail("", "", "", null);
		}
	}
}
