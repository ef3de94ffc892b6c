package jp.manabi.portal.circle;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import jp.manabi.portal.circle.domain.CircleDetails;
import jp.manabi.portal.circle.domain.CircleRegistrationService;
import jp.manabi.portal.circle.domain.FeePeriod;
import jp.manabi.portal.circle.domain.ScheduleFrequency;
import jp.manabi.portal.circle.domain.ScheduleRule;
import jp.manabi.portal.support.WebSession;

/** Building circle forms, registrations and uploads for the circle tests. */
public final class CircleTestSupport {

	private CircleTestSupport() {
	}

	/** A complete registration form: weekly Wednesday mornings and the 2nd and 4th Tuesday evenings. */
	public static Map<String, String> validForm(String name) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name", name);
		fields.put("description", "水彩画を楽しむ会です。");
		fields.put("categoryCode", "culture");
		fields.put("areaCode", "ikebukuro");
		fields.put("venue", "区民センター 第2会議室");
		fields.put("memberCount", "12");
		fields.put("recruiting", "true");
		fields.put("recruitingWhom", "初心者");
		fields.put("feeYen", "1000");
		fields.put("feePeriod", "MONTH");
		fields.put("beginnersWelcome", "true");
		fields.put("schedule[0].frequency", "WEEKLY");
		fields.put("schedule[0].dayOfWeek", "3");
		fields.put("schedule[0].startsAt", "10:00");
		fields.put("schedule[0].endsAt", "12:00");
		fields.put("schedule[1].frequency", "MONTHLY");
		fields.put("schedule[1].weeks", "2");
		fields.put("schedule[1].weeks#2", "4");
		fields.put("schedule[1].dayOfWeek", "2");
		fields.put("schedule[1].startsAt", "19:00");
		fields.put("schedule[1].endsAt", "21:00");
		return fields;
	}

	public static CircleRegistrationService.Registration registration(String name) {
		return new CircleRegistrationService.Registration(
				new CircleDetails(name, "説明", "ikebukuro", "区民センター", 10, true, "だれでも", 500, FeePeriod.MONTH,
						null, true),
				"culture", List.of(new ScheduleRule.Meeting(ScheduleFrequency.WEEKLY, DayOfWeek.WEDNESDAY, List.of(),
						LocalTime.of(10, 0), LocalTime.of(12, 0))),
				Set.of(), null);
	}

	public static byte[] jpeg() {
		var image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 60, 40);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A comment after the end marker: re-encoding must leave it behind.
		out.writeBytes("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * Posts the form as the browser does: multipart with every field, the picture (if any) as
	 * {@code image}, the CSRF token read from {@code formPage}. A key "x#2" posts a second "x".
	 */
	public static HttpResponse<String> postMultipart(WebSession session, String baseUrl, String formPage, String action,
			Map<String, String> fields, String fileName, byte[] file) {
		String boundary = "----circle-test-" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		var all = new LinkedHashMap<>(fields);
		all.put("_csrf", session.csrfFrom(formPage));
		all.forEach((key, value) -> {
			String name = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		});
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var client = HttpClient.newBuilder().cookieHandler(session.cookies())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		try {
			return client.send(HttpRequest.newBuilder(URI.create(baseUrl + action)).header("Accept", "text/html")
					.header("Accept-Language", "ja").header("Referer", baseUrl + formPage)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static long idFrom(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/mypage/circles/(\\d+).*", "$1"));
	}
}
