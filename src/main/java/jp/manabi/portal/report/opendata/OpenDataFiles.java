package jp.manabi.portal.report.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.manabi.portal.shared.MunicipalityProperties;
import jp.manabi.portal.shared.calendar.ICalendar;
import jp.manabi.portal.shared.csv.CsvWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the events as the three open-data files. The CSV follows the columns, in their order,
 * of the national recommended dataset for events (自治体標準オープンデータセット「イベント一覧」);
 * docs/opendata.md says where each column comes from. Pure: the same events, range and settings
 * give the same files (bar the JSON's generatedAt and the calendar's DTSTAMP).
 */
@Component
class OpenDataFiles {

	/** The columns of 「イベント一覧」, in the dataset's order. */
	static final List<String> COLUMNS = List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名",
			"イベント名_カナ", "イベント名_英語", "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)",
			"連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法", "駐車場情報",
			"定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OpenDataProperties settings;
	private final MunicipalityProperties municipality;
	private final JsonMapper json;

	OpenDataFiles(OpenDataProperties settings, MunicipalityProperties municipality, JsonMapper json) {
		this.settings = settings;
		this.municipality = municipality;
		this.json = json;
	}

	OpenDataProperties settings() {
		return settings;
	}

	/** Who to credit, e.g. 「豊島区 まなびポータル」. */
	String attribution() {
		return settings.attributionOr(municipality.nameJa() + " まなびポータル");
	}

	/** 「CC BY 4.0（https://…）　出典：…」: the licence line of the calendar and the page. */
	String licenceLine() {
		return "ライセンス: " + settings.licenceName() + " (" + settings.licenceUrl() + ") / 出典: " + attribution();
	}

	byte[] csv(List<OpenEvent> events) {
		var csv = new CsvWriter().row(COLUMNS);
		for (var event : events) {
			csv.row(row(event));
		}
		return csv.toBytes();
	}

	private List<String> row(OpenEvent e) {
		boolean course = e.kind() == OpenEvent.Kind.COURSE;
		var closes = e.applicationClosesAt() == null ? null : e.applicationClosesAt().atZone(OpenEvent.ZONE);
		var notes = new ArrayList<>(e.notes());
		if (e.online()) {
			notes.add(0, "オンライン開催");
		}
		var row = new ArrayList<String>(COLUMNS.size());
		row.add(settings.municipalityCode());
		row.add(e.id());
		row.add(settings.prefectureName());
		row.add(municipality.nameJa());
		row.add(e.name());
		row.add("");
		row.add(e.nameEn());
		row.add(e.date().toString());
		row.add(e.date().toString());
		row.add(TIME.format(e.startsAt()));
		row.add(TIME.format(e.endsAt()));
		row.add(e.sessionCount() > 1 ? "全" + e.sessionCount() + "回のうち第" + e.sessionNumber() + "回" : "");
		row.add(e.description());
		row.add(Integer.toString(e.feeYen()));
		row.add(feeDetail(e));
		row.add(course ? municipality.contactJa() : "");
		row.add("");
		row.add("");
		row.add(e.organizer());
		row.add(e.placeName());
		row.add(e.address());
		row.add(e.room());
		row.add("");
		row.add("");
		row.add(e.access());
		row.add("");
		row.add(e.capacity() == null ? "" : e.capacity().toString());
		row.add(closes == null ? "" : closes.toLocalDate().toString());
		row.add(closes == null ? "" : TIME.format(closes));
		row.add(applicationMethod(e));
		row.add(e.url());
		row.add(String.join("、", notes));
		return row;
	}

	private static String feeDetail(OpenEvent e) {
		if (e.feeYen() == 0) {
			return "無料";
		}
		return e.sessionCount() > 1 ? "全" + e.sessionCount() + "回で" + e.feeYen() + "円" : e.feeYen() + "円";
	}

	private static String applicationMethod(OpenEvent e) {
		if (e.applicationOpensAt() != null) {
			return "まなびポータルから申込み（受付開始 " + DATE_TIME.format(e.applicationOpensAt().atZone(OpenEvent.ZONE)) + "）";
		}
		return e.applicationClosesAt() != null ? "まなびポータルから申込み" : "";
	}

	byte[] json(List<OpenEvent> events, OpenDataRange range, Instant now) {
		var document = new LinkedHashMap<String, Object>();
		document.put("title", municipality.nameJa() + " まなびポータル 講座・イベント一覧");
		document.put("licence", Map.of("name", settings.licenceName(), "url", settings.licenceUrl()));
		document.put("attribution", attribution());
		document.put("generatedAt", now.atZone(OpenEvent.ZONE).toOffsetDateTime().toString());
		document.put("from", range.from().toString());
		document.put("to", range.to().toString());
		var list = new ArrayList<Map<String, Object>>();
		for (var e : events) {
			var item = new LinkedHashMap<String, Object>();
			item.put("id", e.id());
			item.put("type", e.kind() == OpenEvent.Kind.COURSE ? "course" : "circleEvent");
			item.put("name", e.name());
			item.put("nameEn", e.nameEn());
			item.put("start", e.start().atZone(OpenEvent.ZONE).toOffsetDateTime().toString());
			item.put("end", e.end().atZone(OpenEvent.ZONE).toOffsetDateTime().toString());
			item.put("session", e.sessionNumber());
			item.put("sessions", e.sessionCount());
			item.put("place", e.placeName());
			item.put("room", e.room());
			item.put("address", e.address());
			item.put("online", e.online());
			item.put("url", e.url());
			item.put("fee", e.feeYen());
			item.put("capacity", e.capacity());
			item.put("organizer", e.organizer());
			item.put("applicationStart", offset(e.applicationOpensAt()));
			item.put("applicationEnd", offset(e.applicationClosesAt()));
			item.put("description", e.description());
			list.add(item);
		}
		document.put("events", list);
		return json.writeValueAsBytes(document);
	}

	private static String offset(Instant instant) {
		return instant == null ? null : instant.atZone(OpenEvent.ZONE).toOffsetDateTime().toString();
	}

	byte[] ics(List<OpenEvent> events, Instant now) {
		var calendar = new ICalendar(municipality.nameJa() + " まなびポータル 講座・イベント").describedAs(licenceLine());
		for (var e : events) {
			String summary = e.sessionCount() > 1 ? e.name() + "（全" + e.sessionCount() + "回のうち第" + e.sessionNumber() + "回）"
					: e.name();
			var location = new StringBuilder(e.placeName() == null ? "" : e.placeName());
			if (e.room() != null && !e.room().isBlank()) {
				location.append(' ').append(e.room());
			}
			if (e.address() != null && !e.address().isBlank()) {
				location.append(", ").append(e.address());
			}
			calendar.add(new ICalendar.Event(e.calendarUid(), e.start(), e.end(), summary,
					(e.description() == null ? "" : e.description() + "\n") + e.url(), location.toString(), e.url(),
					false));
		}
		return calendar.write(now).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A validator for the files: changes whenever an event, the range, the municipality or the
	 * licence does, so harvesters can ask "changed?" cheaply. Weak, because the JSON's generatedAt
	 * and the calendar's DTSTAMP differ between two otherwise equal responses.
	 */
	String etag(String format, byte[] csv, OpenDataRange range) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update((format + "|" + range + "|" + licenceLine() + "|" + municipality.nameJa() + "|")
					.getBytes(StandardCharsets.UTF_8));
			digest.update(csv);
			return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
