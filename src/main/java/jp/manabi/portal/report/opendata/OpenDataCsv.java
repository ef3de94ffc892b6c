package jp.manabi.portal.report.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Excel in Japan opens it and RFC 4180 describes it: UTF-8 with a byte order mark, every
 * field quoted with quotes doubled, CRLF after every row, line breaks inside a field kept (as LF).
 * A field that starts like a formula (=, +, -, @) and is not a plain number gets a leading
 * apostrophe: titles and descriptions are typed by circle leaders, and a file fetched from the
 * city's site must not run formulas in a reader's spreadsheet. (The same rules as the course
 * module's staff exports; a copy rather than a shared class so the modules stay apart.)
 */
final class OpenDataCsv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+([.][0-9]+)?");

	private final StringBuilder text = new StringBuilder();

	/** One row; a null field is written as an empty one. */
	OpenDataCsv row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(quote(fields.get(i)));
		}
		text.append("\r\n");
		return this;
	}

	byte[] toBytes() {
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	static String quote(String field) {
		if (field == null) {
			return "\"\"";
		}
		String value = field;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()) {
			value = "'" + value;
		}
		value = value.replace("\r\n", "\n").replace("\r", "\n");
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
