package jp.manabi.portal.course.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.course.web.admin.CsvParser;
import jp.manabi.portal.course.web.admin.CsvParser.UnreadableCsv;

/** The CSV reading of the course import: RFC 4180 as Excel writes it, in UTF-8 or Shift_JIS. */
class CourseCsvParserTest {

	@Test
	void readsPlainFields() throws Exception {
		assertThat(CsvParser.parse("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
	}

	@Test
	void keepsEmptyFieldsAndAMissingLastLineBreak() throws Exception {
		assertThat(CsvParser.parse("a,,c\n,,")).containsExactly(List.of("a", "", "c"), List.of("", "", ""));
	}

	@Test
	void readsQuotedFieldsWithCommas() throws Exception {
		assertThat(CsvParser.parse("\"a,b\",c")).containsExactly(List.of("a,b", "c"));
	}

	@Test
	void readsEscapedQuotes() throws Exception {
		assertThat(CsvParser.parse("\"say \"\"hello\"\"\",\"\"\"\",\"\"")).containsExactly(
				List.of("say \"hello\"", "\"", ""));
	}

	@Test
	void keepsLineBreaksInsideQuotes() throws Exception {
		assertThat(CsvParser.parse("title,description\r\n\"講座\",\"一行目\r\n二行目\nthird\"\r\nnext,row\r\n"))
				.containsExactly(List.of("title", "description"), List.of("講座", "一行目\r\n二行目\nthird"),
						List.of("next", "row"));
	}

	@Test
	void readsCrLfAndLfAndCrLineEndings() throws Exception {
		assertThat(CsvParser.parse("a\r\nb\nc\rd")).containsExactly(List.of("a"), List.of("b"), List.of("c"),
				List.of("d"));
	}

	@Test
	void anEmptyLineInTheMiddleIsARecordWithOneEmptyField() throws Exception {
		assertThat(CsvParser.parse("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
	}

	@Test
	void aStrayQuoteInsideAnUnquotedFieldIsKeptAsExcelDoes() throws Exception {
		assertThat(CsvParser.parse("5\" screen,x")).containsExactly(List.of("5\" screen", "x"));
	}

	@Test
	void anUnclosedQuoteNamesTheRowWhereItStarts() {
		assertThatThrownBy(() -> CsvParser.parse("a,b\nc,\"never closed\nd,e\n")).isInstanceOf(UnreadableCsv.class)
				.satisfies(ex -> {
					var unreadable = (UnreadableCsv) ex;
					assertThat(unreadable.messageKey()).isEqualTo("course-admin.import.error.openQuote");
					assertThat(unreadable.arguments()).containsExactly("2");
				});
	}

	@Test
	void decodesUtf8AndStripsTheBom() throws Exception {
		byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"title\n講座".getBytes(StandardCharsets.UTF_8));
		assertThat(CsvParser.decode(withBom)).isEqualTo("title\n講座");
		assertThat(CsvParser.decode("title\n講座".getBytes(StandardCharsets.UTF_8))).isEqualTo("title\n講座");
	}

	@Test
	void decodesShiftJisAsExcelWritesIt() throws Exception {
		byte[] shiftJis = "title,organizer\n講座,㈱まなび①～\n".getBytes("Windows-31J");
		assertThat(CsvParser.decode(shiftJis)).isEqualTo("title,organizer\n講座,㈱まなび①～\n");
		assertThat(CsvParser.parse(CsvParser.decode("講座".getBytes("Windows-31J")))).containsExactly(List.of("講座"));
	}

	@Test
	void refusesBytesThatAreNeitherUtf8NorShiftJis() {
		byte[] garbage = { (byte) 0x82, (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xA0 };
		assertThatThrownBy(() -> CsvParser.decode(garbage)).isInstanceOf(UnreadableCsv.class)
				.extracting(ex -> ((UnreadableCsv) ex).messageKey()).isEqualTo("course-admin.import.error.encoding");
	}

	@Test
	void refusesBinaryFilesThatHappenToDecode() {
		byte[] binary = { 'P', 'K', 0x03, 0x04, 0x00, 0x00 };
		assertThatThrownBy(() -> CsvParser.decode(binary)).isInstanceOf(UnreadableCsv.class)
				.extracting(ex -> ((UnreadableCsv) ex).messageKey()).isEqualTo("course-admin.import.error.notText");
	}

	@Test
	void quotesFieldsOnlyWhenNeeded() throws Exception {
		assertThat(CsvParser.field("plain")).isEqualTo("plain");
		assertThat(CsvParser.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvParser.field("say \"hi\"\nbye")).isEqualTo("\"say \"\"hi\"\"\nbye\"");
		assertThat(CsvParser.parse(CsvParser.field("say \"hi\"\nbye"))).containsExactly(List.of("say \"hi\"\nbye"));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
