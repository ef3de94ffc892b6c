package jp.manabi.portal.course.web.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV files as Excel writes them: RFC 4180 (quoted fields, "" for a quote, CRLF or LF,
 * line breaks inside quotes), in UTF-8 (with or without a BOM) or Shift_JIS.
 */
public final class CsvParser {

	/**
	 * Excel's 「CSV (コンマ区切り)」 on Japanese Windows is Microsoft's Shift_JIS, which has characters
	 * (①, ㈱, ～ as Windows maps it) that plain Shift_JIS lacks.
	 */
	public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

	/** The file cannot be read as CSV; {@code messageKey} says why, with {@code arguments}. */
	public static class UnreadableCsv extends Exception {

		private final String messageKey;
		private final transient Object[] arguments;

		public UnreadableCsv(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] arguments() {
			return arguments;
		}
	}

	private CsvParser() {
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8 (a Shift_JIS file with Japanese text practically never
	 * is), otherwise Windows-31J; a file that is neither, or holds control characters, is not a CSV file.
	 */
	public static String decode(byte[] bytes) throws UnreadableCsv {
		String text;
		try {
			text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				text = strict(WINDOWS_31J).decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException notShiftJis) {
				throw new UnreadableCsv("course-admin.import.error.encoding");
			}
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\r' && c != '\n' && c != '\t') {
				throw new UnreadableCsv("course-admin.import.error.notText");
			}
		}
		return text;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * The records of the text, each a list of fields. A line break at the very end ends the last
	 * record; it does not start an empty one.
	 */
	public static List<List<String>> parse(CharSequence text) throws UnreadableCsv {
		var records = new ArrayList<List<String>>();
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		boolean fieldWasQuoted = false;
		int quoteOpenedInRecord = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < length && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
				quoted = true;
				fieldWasQuoted = true;
				quoteOpenedInRecord = records.size() + 1;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				fieldWasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				records.add(List.copyOf(fields));
				fields.clear();
				field.setLength(0);
				fieldWasQuoted = false;
			}
			else {
				// A quote inside an unquoted field, or text after a closing quote: not RFC 4180,
				// but Excel reads it as it stands, so we do too.
				field.append(c);
			}
		}
		if (quoted) {
			throw new UnreadableCsv("course-admin.import.error.openQuote", String.valueOf(quoteOpenedInRecord));
		}
		if (field.length() > 0 || fieldWasQuoted || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(List.copyOf(fields));
		}
		return records;
	}

	/** Turns a value into a CSV field, quoted when it has to be. */
	public static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
