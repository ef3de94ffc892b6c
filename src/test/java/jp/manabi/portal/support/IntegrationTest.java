package jp.manabi.portal.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	protected TestAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Every test logs in from 127.0.0.1; forget that address's failures so one test's wrong
	 * passwords never slow down another's logins.
	 */
	@AfterEach
	void forgetFailedLoginsFromThisAddress() {
		jdbc.sql("delete from login_throttle where throttle_key like 'address:%'").update();
	}

	/** A fresh cookie-keeping HTTP client against this server. */
	protected WebSession session() {
		return new WebSession(url(""));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
