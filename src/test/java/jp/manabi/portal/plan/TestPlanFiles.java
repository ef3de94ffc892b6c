package jp.manabi.portal.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of the real plan files under other codes, so that tests which change a plan never touch
 * the four plans other tests count and browse (all integration tests share one database).
 */
final class TestPlanFiles {

	private TestPlanFiles() {
	}

	static String source(String code) {
		try {
			return Files.readString(Path.of("db/plans", code + ".yaml"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The plan file of {@code sourceCode} under the plan code {@code newCode}, its title marked
	 * with the code, so that pages listing plans never show two plans of one name.
	 */
	static String copyOf(String sourceCode, String newCode) {
		String text = source(sourceCode);
		String first = "code: " + sourceCode + "\n";
		if (!text.startsWith(first)) {
			throw new IllegalStateException("plan files start with their code");
		}
		return ("code: " + newCode + "\n" + text.substring(first.length()))
				.replaceFirst("(?m)^title: (.*)$", "title: $1（" + newCode + "）");
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A small valid plan: two goals, a few children, for tests that edit. */
	static String small(String code) {
		return """
				code: %s
				municipality: 試験市
				municipalityEn: Test City
				title: 試験の計画
				levels: [目標, 方針, 施策, 取組]
				levelsEn: [Goal, Policy, Measure, Action]
				goals:
				  - code: "a"
				    title: 目標A
				    children:
				      - code: "a-1"
				        title: 方針A1
				        children:
				          - code: "a-1-①"
				            title: 施策A1①
				            children:
				              - code: "a-1-①-a"
				                title: 取組A1①a
				      - code: "a-2"
				        title: 方針A2
				  - code: "b"
				    title: 目標B
				    children:
				      - code: "b-1"
				        title: 方針B1
				""".formatted(code);
	}
}
