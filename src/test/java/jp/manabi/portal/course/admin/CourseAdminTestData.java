package jp.manabi.portal.course.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseDetails;

/** Valid course data for the admin tests, a few months ahead so every date rule holds. */
final class CourseAdminTestData {

	static final LocalDate FIRST_SESSION = LocalDate.now(Course.ZONE).plusMonths(3);

	private static final Pattern EDIT_LOCATION = Pattern.compile("/admin/courses/(\\d+)/edit");

	private CourseAdminTestData() {
	}

	/** The fields of a valid course form with one session and one empty row. */
	static Map<String, String> validForm(String title) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", title);
		fields.put("titleEn", "");
		fields.put("summary", "スマートフォンの基本を学びます。");
		fields.put("summaryEn", "");
		fields.put("description", "一行目\r\n二行目");
		fields.put("categoryCode", "it");
		fields.put("organizerType", "DEPARTMENT");
		fields.put("organizerName", "学習・スポーツ課");
		fields.put("venueId", "");
		fields.put("online", "true");
		fields.put("_online", "on");
		fields.put("capacity", "20");
		fields.put("feeYen", "0");
		fields.put("applicationOpensDate", FIRST_SESSION.minusMonths(1).toString());
		fields.put("applicationOpensTime", "09:00");
		fields.put("applicationClosesDate", FIRST_SESSION.minusDays(7).toString());
		fields.put("applicationClosesTime", "17:00");
		fields.put("selectionMethod", "LOTTERY");
		fields.put("eligibility", "RESIDENTS_WORKERS_STUDENTS");
		fields.put("minAge", "");
		fields.put("maxAge", "");
		fields.put("_childcareOffered", "on");
		fields.put("childcareCapacity", "");
		fields.put("childcareMinAge", "");
		fields.put("childcareMaxAge", "");
		fields.put("_easyJapanese", "on");
		fields.put("_englishSupport", "on");
		fields.put("audiences", "SENIORS");
		fields.put("_audiences", "on");
		fields.put("sessions[0].date", FIRST_SESSION.toString());
		fields.put("sessions[0].startsAt", "10:00");
		fields.put("sessions[0].endsAt", "12:00");
		fields.put("sessions[1].date", "");
		fields.put("sessions[1].startsAt", "");
		fields.put("sessions[1].endsAt", "");
		fields.put("version", "");
		return fields;
	}

	static CourseDetails details(String title) {
		return new CourseDetails(title, null, "概要です。", null, "", "it", OrganizerType.DEPARTMENT, "学習・スポーツ課", null,
				true, 20, 0, FIRST_SESSION.minusMonths(1).atTime(9, 0).atZone(Course.ZONE).toInstant(),
				FIRST_SESSION.minusDays(7).atTime(17, 0).atZone(Course.ZONE).toInstant(), SelectionMethod.FIRST_COME,
				Eligibility.ANYONE, null, null, false, null, null, null, false, false, EnumSet.of(Audience.EVERYONE));
	}

	static List<SessionTime> oneSession() {
		return List.of(new SessionTime(FIRST_SESSION, LocalTime.of(10, 0), LocalTime.of(12, 0)));
	}

	static long idIn(String location) {
		var matcher = EDIT_LOCATION.matcher(location);
		if (!matcher.find()) {
			throw new AssertionError("not an edit page: " + location);
		}
		return Long.parseLong(matcher.group(1));
	}
}
