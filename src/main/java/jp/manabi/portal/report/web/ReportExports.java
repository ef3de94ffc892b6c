package jp.manabi.portal.report.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.manabi.portal.report.Figure;
import jp.manabi.portal.report.domain.FigureTable;
import jp.manabi.portal.report.domain.PlanShape;

/**
 * The dashboard as files: CSV (UTF-8 with a byte order mark, so spreadsheet programs in Japan
 * read it right; one row per node, a column per figure, the header in the reader's language) and
 * an .xlsx workbook (fastexcel, streamed) with a sheet for the whole plan and one per level, named
 * with the plan's own level names.
 */
@Component
class ReportExports {

	private final MessageSource messages;

	ReportExports(MessageSource messages) {
		this.messages = messages;
	}

	private List<String> header(Locale locale) {
		var header = new ArrayList<String>();
		header.add(message("report.export.level", locale));
		header.add(message("report.export.code", locale));
		header.add(message("report.export.title", locale));
		for (Figure figure : Figure.values()) {
			header.add(message(figure.messageKey(), locale));
		}
		return header;
	}

	private String levelName(PlanShape shape, FigureTable.Row row, Locale locale) {
		return row.wholePlan() ? message("report.wholePlan", locale) : shape.levelName(row.level(), locale);
	}

	byte[] csv(PlanShape shape, FigureTable table, Locale locale) {
		var out = new StringBuilder("\uFEFF");
		line(out, header(locale));
		for (FigureTable.Row row : table.rows()) {
			var cells = new ArrayList<String>();
			cells.add(levelName(shape, row, locale));
			cells.add(row.code());
			cells.add(row.title());
			for (Figure figure : Figure.values()) {
				BigDecimal value = row.value(figure);
				cells.add(value == null ? "" : value.toPlainString());
			}
			line(out, cells);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(quote(cells.get(i)));
		}
		out.append("\r\n");
	}

	/** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
	static String quote(String cell) {
		String value = cell == null ? "" : cell;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	void xlsx(PlanShape shape, FigureTable table, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "manabi-portal", "1.0");
		Set<String> used = new HashSet<>();
		sheet(workbook, sheetName(message("report.wholePlan", locale), used), shape, table.ofLevel(0), locale);
		for (int level = 1; level <= 4; level++) {
			sheet(workbook, sheetName(shape.levelName(level, locale), used), shape, table.ofLevel(level), locale);
		}
		workbook.finish();
	}

	private void sheet(Workbook workbook, String name, PlanShape shape, List<FigureTable.Row> rows, Locale locale)
			throws IOException {
		Worksheet sheet = workbook.newWorksheet(name);
		List<String> header = header(locale);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (FigureTable.Row row : rows) {
			sheet.value(r, 0, levelName(shape, row, locale));
			sheet.value(r, 1, row.code());
			sheet.value(r, 2, row.title());
			int c = 3;
			for (Figure figure : Figure.values()) {
				BigDecimal value = row.value(figure);
				if (value != null) {
					sheet.value(r, c, value);
				}
				c++;
			}
			r++;
		}
		sheet.freezePane(3, 1);
		sheet.finish();
	}

	/** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
	static String sheetName(String wanted, Set<String> used) {
		String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		if (name.isEmpty()) {
			name = "sheet";
		}
		if (name.length() > 28) {
			name = name.substring(0, 28);
		}
		String candidate = name;
		for (int i = 2; !used.add(candidate); i++) {
			candidate = name + " " + i;
		}
		return candidate;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
