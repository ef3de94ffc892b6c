package jp.manabi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from a message key present in Japanese and English: a key
 * missing in one language, a key used in a template but defined nowhere, or literal text in a
 * template fails here.
 */
class MessagesAndTemplatesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears; they must come from th:* with a message key. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"label");

	/** Input types whose value is the text of a button. */
	private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void everyBundleHasTheSameKeysInJapaneseAndEnglish() throws IOException {
		for (String bundle : bundles()) {
			var japanese = load(MESSAGES.resolve(bundle + "_ja.properties")).stringPropertyNames();
			var english = load(MESSAGES.resolve(bundle + "_en.properties")).stringPropertyNames();
			assertThat(new TreeSet<>(japanese)).as("keys only in %s_ja", bundle).isEqualTo(new TreeSet<>(english));
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : bundles()) {
			for (String language : List.of("ja", "en")) {
				var messages = load(MESSAGES.resolve(bundle + "_" + language + ".properties"));
				for (String key : messages.stringPropertyNames()) {
					assertThat(messages.getProperty(key)).as("%s in %s_%s", key, bundle, language).isNotBlank();
				}
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		var known = new TreeSet<String>();
		for (String bundle : bundles()) {
			known.addAll(load(MESSAGES.resolve(bundle + "_ja.properties")).stringPropertyNames());
		}
		var missing = new ArrayList<String>();
		for (Path template : templates()) {
			var matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	/** MessageFormat reads a plain ' as the start of a quote and drops it: use ’ where a message takes arguments. */
	@Test
	void messagesWithArgumentsHoldNoPlainApostrophe() throws IOException {
		var argument = Pattern.compile("\\{\\d");
		var broken = new ArrayList<String>();
		for (String bundle : bundles()) {
			for (String language : List.of("ja", "en")) {
				var messages = load(MESSAGES.resolve(bundle + "_" + language + ".properties"));
				for (String key : messages.stringPropertyNames()) {
					String message = messages.getProperty(key);
					if (argument.matcher(message).find() && message.replace("''", "").contains("'")) {
						broken.add(bundle + "_" + language + ": " + key);
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/**
	 * Keys named in Java code ("course.rule.noSessions", or "mail.verify" + ".subject") exist.
	 * Keys built from enum names are checked by the pages that show them.
	 */
	@Test
	void everyKeyTheJavaCodeNamesExists() throws IOException {
		var known = new TreeSet<String>();
		for (String bundle : bundles()) {
			known.addAll(load(MESSAGES.resolve(bundle + "_ja.properties")).stringPropertyNames());
		}
		var prefixes = known.stream().filter(k -> k.contains(".")).map(k -> k.substring(0, k.indexOf('.') + 1)).collect(java.util.stream.Collectors.toSet());
		var literal = Pattern.compile("\"([a-z][A-Za-z-]*\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
		var missing = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				var matcher = literal.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith) && !NOT_MESSAGE_KEYS.contains(key);
					if (looksLikeKey && !known.contains(key) && known.stream().noneMatch(k -> k.startsWith(key + "."))) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Strings that look like message keys but are something else. */
	private static final Set<String> NOT_MESSAGE_KEYS = Set.of("plan.active");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var literals = new ArrayList<String>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			collectLiterals(document.body(), TEMPLATES.relativize(template).toString(), literals);
			collectLiterals(document.head(), TEMPLATES.relativize(template).toString(), literals);
		}
		assertThat(literals).as("literal text in templates (use th:text with a message key)").isEmpty();
	}

	private static void collectLiterals(Element element, String template, List<String> literals) {
		if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
				|| element.tagName().equals("script") || element.tagName().equals("style")) {
			return;
		}
		for (var attribute : element.attributes()) {
			boolean readable = READABLE_ATTRIBUTES.contains(attribute.getKey()) || (attribute.getKey().equals("value")
					&& element.tagName().equals("input") && BUTTON_INPUTS.contains(element.attr("type")));
			if (readable && LETTER.matcher(attribute.getValue()).find()
					&& !element.hasAttr("th:" + attribute.getKey())) {
				literals.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
			}
		}
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text && LETTER.matcher(text.text()).find()) {
				literals.add(template + ": \"" + text.text().strip() + "\"");
			}
			else if (child instanceof Element childElement) {
				collectLiterals(childElement, template, literals);
			}
			else if (child instanceof Comment) {
				// Comments are for developers; Thymeleaf's <!--/* */--> ones are not even sent.
			}
		}
	}

	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			var bundles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_ja.properties"))
					.map(n -> n.substring(0, n.length() - "_ja.properties".length())).sorted().toList();
			assertThat(bundles).contains("messages");
			return bundles;
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
