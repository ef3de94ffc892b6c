package jp.manabi.portal.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Base of every test that needs the whole app: a real server on a random port, real
 * PostgreSQL, real SMTP (GreenMail). All such tests share one Spring context, so keep them
 * free of per-test configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

	static {
		TestDatabase.useContainerIfDockerAnswers();
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected GreenMail greenMail;

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
