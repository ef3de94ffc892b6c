package jp.manabi.portal.course.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How staff's records match people: phone numbers by their digits only (03-1234-5678,
 * 0312345678 and ０３（１２３４）５６７８ are one number), names and furigana without spaces, in
 * one width, with katakana read as hiragana (ヤマダ finds やまだ).
 */
public final class PersonKeys {

	private PersonKeys() {
	}

	/** The ASCII digits of a phone number; empty for null. */
	public static String phoneDigits(String phone) {
		if (phone == null) {
			return "";
		}
		var digits = new StringBuilder();
		Normalizer.normalize(phone, Normalizer.Form.NFKC).chars().filter(c -> c >= '0' && c <= '9')
				.forEach(c -> digits.append((char) c));
		return digits.toString();
	}

	/** A phone number as staff typed it, in half-width characters so it can be compared in SQL. */
	public static String normalizedPhone(String phone) {
		return phone == null ? null : Normalizer.normalize(phone, Normalizer.Form.NFKC).strip();
	}

	/** A name or furigana reduced for searching: one width, no spaces, hiragana, lower case. */
	public static String searchable(String text) {
		if (text == null) {
			return "";
		}
		var normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		var result = new StringBuilder(normalized.length());
		normalized.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
				.map(c -> c >= 'ァ' && c <= 'ヶ' ? c - 0x60 : c).forEach(result::appendCodePoint);
		return result.toString();
	}

	/** Sorting by furigana: katakana and hiragana together, spaces ignored. */
	public static String sortKey(String furigana, String name) {
		return searchable(furigana == null || furigana.isBlank() ? name : furigana);
	}
}
