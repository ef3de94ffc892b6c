package jp.manabi.portal.course.admin;

import static jp.manabi.portal.course.admin.CourseAdminTestData.FIRST_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/** CSV import: all rows or none, every problem reported by row and column, clear messages for bad files. */
class CourseImportTest extends IntegrationTest {

	private static final String HEADER = "title,summary,description,category_code,organizer_type,organizer_name,"
			+ "venue_id,online,capacity,fee_yen,application_opens,application_closes,selection_method,eligibility,"
			+ "min_age,max_age,childcare,childcare_capacity,childcare_min_age,childcare_max_age,easy_japanese,"
			+ "english_support,audiences,sessions";

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.servlet.multipart.max-file-size:1MB}")
	DataSize maxFileSize;

	WebSession staff;

	@BeforeEach
	void logInAsStaff() {
		var account = accounts.staff();
		staff = session();
		staff.logIn(account.email(), account.password());
	}

	@Test
	void aValidUtf8FileImportsEveryRowAsADraft() throws Exception {
		String marker = "取込" + System.nanoTime();
		var csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		csv.append(row(marker + " A", "20", "")).append("\r\n");
		csv.append(row(marker + " B", "30", "")).append("\r\n");
		// Excel quotes cells with commas, quotes or line breaks; dates as Excel rewrites them.
		csv.append(marker).append(" C,\"概要, カンマ入り\",\"一行目\r\n\"\"二行目\"\"\",language,PARTNER,NPO法人まなび,,TRUE,")
				.append("１５,\"1,000\",").append(slashed(FIRST_SESSION.minusMonths(1))).append(" 9:00,")
				.append(FIRST_SESSION.minusDays(3)).append(" 17:00,first_come,ANYONE,10,80,true,5,1,6,true,false,")
				.append("SENIORS|EVERYONE,").append(FIRST_SESSION).append(" 10:00-12:00|")
				.append(FIRST_SESSION.plusDays(7)).append(" 10:00-12:00\r\n");
		csv.append(",,,,,,,,,,,,,,,,,,,,,,,\r\n");

		var response = upload("courses.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(staff.get("/admin/courses/import").body()).contains("3件の講座を下書きとして登録しました。");
		assertThat(titles(marker)).containsExactly(marker + " A", marker + " B", marker + " C");
		var c = jdbc.sql("select summary, description, capacity, fee_yen, status, childcare_capacity from course where title = ?")
				.param(marker + " C").query().singleRow();
		assertThat(c.get("summary")).isEqualTo("概要, カンマ入り");
		assertThat(c.get("description")).isEqualTo("一行目\r\n\"二行目\"");
		assertThat(c.get("capacity")).isEqualTo(15);
		assertThat(c.get("fee_yen")).isEqualTo(1000);
		assertThat(c.get("status")).isEqualTo("DRAFT");
		assertThat(c.get("childcare_capacity")).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from course_session s join course c on c.id = s.course_id where c.title = ?")
				.param(marker + " C").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aShiftJisFileImportsWithCorrectJapaneseText() throws Exception {
		String marker = "防災" + System.nanoTime();
		String csv = HEADER + "\r\n" + row(marker + " ㈱はじめての講座①", "20", "") + "\r\n";

		var response = upload("courses-sjis.csv", csv.getBytes(Charset.forName("Windows-31J")));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(titles(marker)).containsExactly(marker + " ㈱はじめての講座①");
		assertThat(jdbc.sql("select organizer_name from course where title like ?").param(marker + "%")
				.query(String.class).single()).isEqualTo("学習・スポーツ課");
	}

	@Test
	void oneBadRowAmongGoodOnesImportsNothingAndReportsRowAndColumn() throws Exception {
		String marker = "不正" + System.nanoTime();
		String csv = HEADER + "\n" + row(marker + " 1", "20", "") + "\n" + row(marker + " 2", "0", "no-such-category")
				+ "\n" + row(marker + " 3", "25", "") + "\n";

		var response = upload("courses.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).contains("誤りが2件あります", "講座は1件も登録していません。");
		assertThat(body).containsPattern("<td>3</td>\\s*<td><code>capacity</code></td>\\s*<td>1以上にしてください。</td>");
		assertThat(body).containsPattern(
				"<td>3</td>\\s*<td><code>category_code</code></td>\\s*<td>この分類は登録されていません。</td>");
		assertThat(titles(marker)).isEmpty();
	}

	@Test
	void everyProblemOfEveryRowIsReported() throws Exception {
		String marker = "全部" + System.nanoTime();
		String bad = marker + ",,,it,BOSS,課,999999,false,x,-5,someday," + FIRST_SESSION.plusDays(1)
				+ " 10:00,LOTTERY,ANYONE,50,20,maybe,,,,,,KIDS," + FIRST_SESSION + " 12:00-10:00|tomorrow";

		var response = upload("courses.csv", (HEADER + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8));

		String body = response.body();
		for (String column : List.of("summary", "organizer_type", "venue_id", "capacity", "fee_yen", "application_opens",
				"application_closes", "max_age", "childcare", "audiences", "sessions")) {
			assertThat(body).as(column).contains("<code>" + column + "</code>");
		}
		assertThat(body).contains("「BOSS」は使えません。", "「tomorrow」は日程として読めません。", "終了は開始より後の時刻にしてください。",
				"この会場は登録されていません。", "「maybe」は使えません。");
		assertThat(titles(marker)).isEmpty();
	}

	@Test
	void badFilesGetAClearMessageNeverA500() throws Exception {
		assertFileError(upload("empty.csv", new byte[0]), "ファイルが空です。");
		assertFileError(upload("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }),
				"CSVファイルではないようです。");
		assertFileError(upload("bytes.bin", new byte[] { (byte) 0x82, (byte) 0xFF, (byte) 0xFE, (byte) 0xA0 }),
				"文字コードを判別できませんでした。");
		assertFileError(upload("header.csv", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)),
				"見出しの行のほかに、登録する講座の行がありません。");
		assertFileError(upload("columns.csv", "title,summary\nA,B\n".getBytes(StandardCharsets.UTF_8)),
				"次の列がありません：description, category_code");
		assertFileError(upload("extra.csv", (HEADER + ",colour\n").getBytes(StandardCharsets.UTF_8)),
				"使えない列名があります：colour");
		assertFileError(upload("quote.csv", (HEADER + "\n\"open,quote\n").getBytes(StandardCharsets.UTF_8)),
				"2行目から始まる「&quot;」で囲まれた値が、閉じられていません。");
		assertFileError(upload("", new byte[0]), "ファイルを選んでください。");
	}

	@Test
	void moreThanTwoThousandRowsAreRefused() throws Exception {
		var csv = new StringBuilder(HEADER).append('\n');
		String line = row("多すぎ", "20", "");
		for (int i = 0; i < 2_001; i++) {
			csv.append(line).append('\n');
		}
		assertFileError(upload("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
				"1ファイルに登録できるのは2000行までです（このファイルは2001行）。");
	}

	@Test
	void aFileOverTheUploadLimitGetsAMessageNotAnError() throws Exception {
		byte[] big = new byte[(int) maxFileSize.toBytes() + 100_000];
		Arrays.fill(big, (byte) 'a');
		var response = upload("huge.csv", big);
		assertThat(response.statusCode()).isEqualTo(303);
		String back = response.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith("/admin/courses/import?uploadTooLarge=true");
		assertThat(staff.get(back.substring(back.indexOf("/admin"))).body())
				.contains("ファイルが大きすぎます。" + maxFileSize.toMegabytes() + " MBまでのファイルにするか").doesNotContain("Exception");
	}

	@Test
	void theTemplateHasABomTheColumnsAndAnExampleThatImports() throws Exception {
		var template = HttpClient.newBuilder().cookieHandler(staff.cookies()).build().send(
				HttpRequest.newBuilder(URI.create(url("/admin/courses/import/template.csv"))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		assertThat(template.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
		byte[] bytes = template.body();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith(HEADER + "\r\n");

		var response = upload("template.csv", bytes);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

	@Test
	void thePageDocumentsEveryColumn() {
		var page = staff.get("/admin/courses/import");
		assertThat(page.statusCode()).isEqualTo(200);
		for (String column : HEADER.split(",")) {
			assertThat(page.body()).contains("<code>" + column + "</code>");
		}
		assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "/admin/courses/import/template.csv");
	}

	/** A valid row for HEADER: online, one session, lottery. */
	private static String row(String title, String capacity, String category) {
		return String.join(",", title, "概要です。", "", category.isEmpty() ? "it" : category, "DEPARTMENT", "学習・スポーツ課",
				"", "true", capacity, "0", FIRST_SESSION.minusMonths(1) + " 09:00", FIRST_SESSION.minusDays(7) + " 17:00",
				"LOTTERY", "RESIDENTS", "", "", "false", "", "", "", "false", "false", "EVERYONE",
				FIRST_SESSION + " 10:00-12:00");
	}

	private static String slashed(LocalDate date) {
		return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
	}

	private List<String> titles(String marker) {
		return new ArrayList<>(jdbc.sql("select title from course where title like ? order by title")
				.param(marker + "%").query(String.class).list());
	}

	private static void assertFileError(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		assertThat(response.body()).contains("ファイルを読み込めませんでした", message).doesNotContain("Exception");
	}

	/** Posts the file as a browser does: multipart, with the CSRF token as a form field after the file. */
	private HttpResponse<String> upload(String filename, byte[] content) throws IOException, InterruptedException {
		String token = staff.csrfFrom("/admin/courses/import");
		String boundary = "----portal-test-" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + (filename.isEmpty() ? "application/octet-stream" : "text/csv")
				+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token)
				.getBytes(StandardCharsets.UTF_8));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var client = HttpClient.newBuilder().cookieHandler(staff.cookies()).followRedirects(HttpClient.Redirect.NEVER)
				.build();
		var request = HttpRequest.newBuilder(URI.create(url("/admin/courses/import")))
				.header("Accept", "text/html").header("Accept-Language", "ja")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
