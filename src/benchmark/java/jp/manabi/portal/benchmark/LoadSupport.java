package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * What the load-test simulations of issue 11 share: logging in (with the two-factor step when the
 * portal asks for it), the generated data's accounts and course lists, and the database check
 * after a run. The data comes from the generators (docs/benchmarks.md, "Large municipality").
 */
final class LoadSupport {

	/** The generated accounts' shared password (RushGenerator.PASSWORD). */
	static final String PASSWORD = "rush benchmark password 2026";

	private LoadSupport() {
	}

	/**
	 * Logs in with the email in the session attribute {@code email}. When the portal sends the
	 * account to {@code /login/two-factor}, answers it with the current TOTP code; either way it
	 * checks that the login ended on a page other than the login pages.
	 */
	static ChainBuilder logIn() {
		return exec(http("log in: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
				.exec(http("log in").post("/login")
						.formParam("email", "#{email}")
						.formParam("password", PASSWORD)
						.formParam("_csrf", "#{csrf}")
						.check(currentLocation().saveAs("afterLogin"),
								currentLocation().transform(LoadSupport::notRefused).is(true),
								css("input[name=_csrf]", "value").optional().saveAs("csrf")))
				.doIf(session -> session.getString("afterLogin").contains("/login/two-factor"))
				.then(exec(http("log in: two-factor code").post("/login/two-factor")
						.formParam("code", session -> StaffTotp.now())
						.formParam("_csrf", "#{csrf}")
						.check(currentLocation().transform(url -> !url.contains("/login")).is(true))));
	}

	/** Where a login lands: anywhere but back on the login form (a refusal or a throttle). */
	private static boolean notRefused(String url) {
		return !url.endsWith("/login") && !url.contains("/login?");
	}

	static List<Long> ids(Path file, String hint) {
		try {
			return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
					.map(line -> Long.valueOf(line.split(",")[0].trim())).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no id list at " + file.toAbsolutePath() + ": " + hint, ex);
		}
	}

	/** A connection for the checks after a run, or null without {@code -Dbenchmark.jdbcUrl}. */
	static Connection database() throws SQLException {
		String url = System.getProperty("benchmark.jdbcUrl");
		if (url == null) {
			System.out.println("Database check skipped: no -Dbenchmark.jdbcUrl");
			return null;
		}
		return DriverManager.getConnection(url, System.getProperty("benchmark.jdbcUser", "postgres"),
				System.getProperty("benchmark.jdbcPassword", "postgres"));
	}

	static String property(String name, String defaultValue) {
		return System.getProperty(name, defaultValue);
	}
}
