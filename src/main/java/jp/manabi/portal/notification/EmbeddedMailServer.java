package jp.manabi.portal.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The embedded default's mail server: GreenMail inside the app, so sign-up and password reset
 * work on a fresh machine with no mail server. Replaced by real SMTP settings in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.mail.embedded.enabled", havingValue = "true")
class EmbeddedMailServer {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail(MailProperties properties) throws IOException {
		int port = properties.embedded().port() == 0 ? freePort() : properties.embedded().port();
		return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail greenMail) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		return sender;
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
