package jp.manabi.portal.circle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.ActivityReportRepository;
import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;

/** Leaders file activity reports, with a photo judged by its content; nobody else reaches them. */
class CircleReportPagesTest extends IntegrationTest {

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	ActivityReportRepository reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportWithARealJpegIsFiledAndThePhotoKeptReEncoded() throws Exception {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "報告の会 " + System.nanoTime());
		long held = circles.activity(circle, leader.id(), ActivityKind.EVENT,
				LocalDate.now(CircleActivity.ZONE).minusDays(3), 10, false);
		var web = logIn(leader);

		var response = upload(web, circle, fields(LocalDate.now(CircleActivity.ZONE).minusDays(3), "24",
				"紅葉を撮りに行きました。", String.valueOf(held)), "photo.jpg", jpeg());
		assertThat(response.statusCode()).isEqualTo(302);
		var report = reports.findByCircleIdOrderByHeldOnDesc(circle).get(0);
		assertThat(report.getParticipants()).isEqualTo(24);
		assertThat(report.getActivityId()).isEqualTo(held);
		assertThat(report.getImageId()).isNotNull();
		String type = jdbc.sql("select content_type from circle_image where id = :id").param("id", report.getImageId())
				.query(String.class).single();
		assertThat(type).isEqualTo("image/jpeg");
		assertThat(web.get("/mypage/circles/" + circle + "/reports").body()).contains("活動報告を受け付けました。")
				.contains("紅葉を撮りに行きました。").contains("24人");
	}

	@Test
	void anHtmlFileNamedPhotoJpgIsRefusedBesideTheField() throws Exception {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "偽写真の会 " + System.nanoTime());
		var web = logIn(leader);

		var response = upload(web, circle, fields(LocalDate.now(CircleActivity.ZONE), "5", "練習しました。", ""),
				"photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"photo-error\"").contains("JPEGまたはPNGの画像を選んでください");
		assertThat(reports.findByCircleIdOrderByHeldOnDesc(circle)).isEmpty();
	}

	@Test
	void badInputIsRefusedBesideEachField() throws Exception {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "未来の会 " + System.nanoTime());
		var web = logIn(leader);

		var response = upload(web, circle, fields(LocalDate.now(CircleActivity.ZONE).plusDays(2), "100001", "", ""),
				"", new byte[0]);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"heldOn-error\"").contains("活動日に未来の日付は選べません。")
				.contains("id=\"participants-error\"").contains("id=\"summary-error\"");
		assertThat(reports.findByCircleIdOrderByHeldOnDesc(circle)).isEmpty();
	}

	@Test
	void anotherResidentCannotReadOrFileReportsOfACircleTheyDoNotManage() throws Exception {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "他人の報告の会 " + System.nanoTime());
		long othersActivity = circles.activity(circle, leader.id(), ActivityKind.MEETING,
				LocalDate.now(CircleActivity.ZONE).minusDays(1), null, false);
		var other = accounts.resident();
		long own = circles.registered(other.id(), "自分の報告の会 " + System.nanoTime());
		var web = logIn(other);

		assertThat(web.get("/mypage/circles/" + circle + "/reports").statusCode()).isEqualTo(404);
		assertThat(web.get("/mypage/circles/" + circle + "/reports/new").statusCode()).isEqualTo(404);
		var posted = upload(web, "/mypage/circles/" + own + "/reports/new", "/mypage/circles/" + circle + "/reports/new",
				fields(LocalDate.now(CircleActivity.ZONE), "3", "乗っ取り", ""), "", new byte[0]);
		assertThat(posted.statusCode()).isEqualTo(404);
		// Their own circle with the other circle's activity id in the form (tampered).
		var tampered = upload(web, own, fields(LocalDate.now(CircleActivity.ZONE), "3", "乗っ取り",
				String.valueOf(othersActivity)), "", new byte[0]);
		assertThat(tampered.statusCode()).isEqualTo(200);
		assertThat(tampered.body()).contains("id=\"activityId-error\"").contains("このサークルの活動・イベントから選んでください。");
		assertThat(reports.findByCircleIdOrderByHeldOnDesc(circle)).isEmpty();
		assertThat(reports.findByCircleIdOrderByHeldOnDesc(own)).isEmpty();
	}

	private static Map<String, String> fields(LocalDate heldOn, String participants, String summary, String activityId) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("heldOn", heldOn.toString());
		fields.put("participants", participants);
		fields.put("summary", summary);
		fields.put("activityId", activityId);
		return fields;
	}

	private HttpResponse<String> upload(WebSession web, long circle, Map<String, String> fields, String fileName,
			byte[] content) throws Exception {
		String page = "/mypage/circles/" + circle + "/reports/new";
		return upload(web, page, page, fields, fileName, content);
	}

	/** The report form as a browser posts it: multipart, the fields, the photo, the CSRF token from {@code formPage}. */
	private HttpResponse<String> upload(WebSession web, String formPage, String action, Map<String, String> fields,
			String fileName, byte[] content) throws Exception {
		String boundary = "----report-test-" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		var withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", web.csrfFrom(formPage));
		for (var field : withToken.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var client = HttpClient.newBuilder().cookieHandler(web.cookies()).followRedirects(HttpClient.Redirect.NEVER)
				.build();
		return client.send(HttpRequest.newBuilder(URI.create(url(action))).header("Accept", "text/html")
				.header("Accept-Language", "ja").header("Referer", url(formPage))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static byte[] jpeg() throws IOException {
		var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	private WebSession logIn(Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}
}
