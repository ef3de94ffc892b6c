package jp.manabi.portal.shared;

import java.util.List;
import java.util.Locale;

/** The two languages the portal speaks. Japanese is the default for everything unknown. */
public final class Languages {

	public static final Locale JAPANESE = Locale.JAPANESE;
	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

	private Languages() {
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/** Maps any locale or language tag to one the portal supports. */
	public static Locale supported(Locale locale) {
		return isEnglish(locale) ? ENGLISH : JAPANESE;
	}

	public static Locale fromTag(String tag) {
		return tag == null ? JAPANESE : supported(Locale.forLanguageTag(tag));
	}
}
