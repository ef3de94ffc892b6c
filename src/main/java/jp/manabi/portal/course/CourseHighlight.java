package jp.manabi.portal.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A course as other pages show it in a short list. */
public record CourseHighlight(long id, String title, String titleEn, LocalDate firstDate, LocalTime firstStart,
		LocalDateTime closesAt, boolean lottery, boolean accepting) {
}
