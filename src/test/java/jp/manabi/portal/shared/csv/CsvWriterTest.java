package jp.manabi.portal.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.course.web.admin.CsvParser;

/** The CSV files staff take to Excel: BOM, quoting, line breaks, and no formulas from people's text. */
class CsvWriterTest {

	@Test
	void startsWithTheBomAndQuotesEveryField() {
		byte[] file = new CsvWriter().row("氏名", "ふりがな").row("池袋 花子", null).toBytes();
		assertThat(Arrays.copyOf(file, 3)).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
				.isEqualTo("\"氏名\",\"ふりがな\"\r\n\"池袋 花子\",\"\"\r\n");
	}

	@Test
	void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
		String text = text(new CsvWriter().row("a,b", "say \"hi\"", "one\r\ntwo", "three\rfour"));
		assertThat(text).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"three\nfour\"\r\n");
	}

	@Test
	void textThatLooksLikeAFormulaIsKeptAsText() {
		String text = text(new CsvWriter().row("=HYPERLINK(\"http://x\")", "+81 3 1234", "-cmd", "@SUM(A1)", "\tx",
				"-5", "+1.5", "12", "03-1234-5678"));
		assertThat(text).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+81 3 1234\",\"'-cmd\",\"'@SUM(A1)\",\"'\tx\","
				+ "\"-5\",\"+1.5\",\"12\",\"03-1234-5678\"\r\n");
	}

	@Test
	void whatItWritesTheProjectsParserReadsBack() throws Exception {
		byte[] file = new CsvWriter().row("番号", "メモ").row("1", "改行\nと \"引用符\", とカンマ").toBytes();
		var rows = CsvParser.parse(CsvParser.decode(file));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).containsExactly("1", "改行\nと \"引用符\", とカンマ");
	}

	private static String text(CsvWriter writer) {
		byte[] file = writer.toBytes();
		return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
	}
}
