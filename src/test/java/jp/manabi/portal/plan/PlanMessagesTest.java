package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import jp.manabi.portal.plan.domain.PlanStatus;

/** Every word the plan pages show comes from the plan bundle, in Japanese and English alike. */
class PlanMessagesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");
	private static final List<Path> TEMPLATES = List.of(Path.of("src/main/resources/templates/plan"),
			Path.of("src/main/resources/templates/admin/plan"));
	private static final Pattern STATIC_KEY = Pattern.compile("#\\{(plan\\.[A-Za-z0-9_.]+[A-Za-z0-9_])[}(]");
	private static final Pattern JAVA_KEY = Pattern.compile("\"(plan\\.[a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"");

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("plan_en.properties").stringPropertyNames())
				.isEqualTo(load("plan_ja.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheModuleUsesExists() throws IOException {
		Set<String> known = load("plan_ja.properties").stringPropertyNames();
		var used = new TreeSet<String>();
		for (Path file : files(TEMPLATES.toArray(Path[]::new))) {
			collect(STATIC_KEY.matcher(Files.readString(file)), used);
		}
		for (Path file : files(Path.of("src/main/java/jp/manabi/portal/plan"))) {
			collect(JAVA_KEY.matcher(Files.readString(file)), used);
		}
		used.remove("plan.active"); // the setting's key in portal_setting, not a message
		for (PlanLinkKind kind : PlanLinkKind.values()) {
			used.add("plan.links." + kind);
			used.add("plan.links." + kind + ".coming");
		}
		for (PlanStatus status : PlanStatus.values()) {
			used.add("plan.status." + status);
		}

		assertThat(known).containsAll(used);
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var literal = new ArrayList<String>();
		for (Path file : files(TEMPLATES.toArray(Path[]::new))) {
			var document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (!element.ownText().isBlank()) {
					literal.add(file.getFileName() + ": <" + element.tagName() + "> " + element.ownText());
				}
				for (String attribute : List.of("alt", "title", "aria-label", "placeholder", "value")) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()
							&& !(attribute.equals("value") && element.attr("type").equals("hidden"))) {
						literal.add(file.getFileName() + ": " + attribute + "=" + element.attr(attribute));
					}
				}
			}
		}

		assertThat(literal).isEmpty();
	}

	@Test
	void englishMessagesWithArgumentsUseTypographicApostrophes() throws IOException {
		Properties english = load("plan_en.properties");
		assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key))
				.as(key).doesNotContain("'"));
	}

	private static void collect(Matcher matcher, Set<String> into) {
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<Path> files(Path... roots) throws IOException {
		var files = new ArrayList<Path>();
		for (Path root : roots) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		return files;
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
