package jp.manabi.portal.shared.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV files Excel opens as they are: RFC 4180 (every field quoted, a quote doubled, CRLF
 * between rows), UTF-8 with a byte order mark, which is how Excel knows the file is UTF-8 and
 * not Shift_JIS. A field that starts like a formula (=, +, -, @) and is not a plain number gets
 * a leading apostrophe, so a name or note someone typed cannot run as a formula in the
 * spreadsheet (CSV injection).
 */
public final class CsvWriter {

	/** The UTF-8 byte order mark. */
	public static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** A number such as -5 or +1.5 is data, not a formula. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+([.][0-9]+)?");

	private final List<String> lines = new ArrayList<>();

	public CsvWriter row(String... fields) {
		return row(Arrays.asList(fields));
	}

	/** One row; a null field is written as an empty one. */
	public CsvWriter row(List<String> fields) {
		var line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quote(fields.get(i)));
		}
		lines.add(line.toString());
		return this;
	}

	/** The file: the BOM, then the rows, each ending in CRLF. */
	public byte[] toBytes() {
		var text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append("\r\n");
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	public static String quote(String field) {
		if (field == null) {
			return "\"\"";
		}
		String value = field;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()) {
			value = "'" + value;
		}
		// Line breaks inside a field stay (Excel shows them in the cell); CRLF keeps one form.
		value = value.replace("\r\n", "\n").replace("\r", "\n");
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
