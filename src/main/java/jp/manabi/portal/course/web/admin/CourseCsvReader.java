package jp.manabi.portal.course.web.admin;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseCategory;
import jp.manabi.portal.course.domain.CourseCategoryService;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseImportService.ImportedCourse;
import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueService;
import jp.manabi.portal.course.web.admin.CsvParser.UnreadableCsv;

/**
 * Turns the records of an import file into courses, checking every field of every row first:
 * staff fix a spreadsheet in one go when they see all its problems at once. Rows are numbered as
 * the spreadsheet numbers them (the header is row 1).
 */
@Component
class CourseCsvReader {

	static final int MAX_ROWS = 2_000;

	static final List<String> COLUMNS = List.of("title", "summary", "description", "category_code",
			"organizer_type", "organizer_name", "venue_id", "online", "capacity", "fee_yen", "application_opens",
			"application_closes", "selection_method", "eligibility", "min_age", "max_age", "childcare",
			"childcare_capacity", "childcare_min_age", "childcare_max_age", "easy_japanese", "english_support",
			"audiences", "sessions");

	/** The CSV column a rule of CourseService is about. */
	static final Map<String, String> COLUMN_OF_FIELD = Map.of("applicationClosesAt", "application_closes",
			"applicationOpensAt", "application_opens", "venueId", "venue_id", "categoryCode", "category_code",
			"maxAge", "max_age", "childcareCapacity", "childcare_capacity", "sessions", "sessions");

	record Result(List<ImportedCourse> courses, List<ImportProblem> problems) {
	}

	// yyyy-MM-dd HH:mm as documented; yyyy/M/d H:mm is how Excel rewrites such a cell when it saves.
	private static final String DATE = "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})";
	private static final Pattern DATE_TIME = Pattern.compile(DATE + "[ T]+(\\d{1,2}):(\\d{2})(?::00)?");
	private static final Pattern SESSION = Pattern
			.compile(DATE + "\\s+(\\d{1,2}):(\\d{2})\\s*[-~〜]\\s*(\\d{1,2}):(\\d{2})");
	private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
	private static final Pattern PLAIN_TEXT = Pattern.compile("[^\\p{Cntrl}<>]*");

	private final CourseCategoryService categories;
	private final VenueService venues;

	CourseCsvReader(CourseCategoryService categories, VenueService venues) {
		this.categories = categories;
		this.venues = venues;
	}

	Result read(List<List<String>> records) throws UnreadableCsv {
		if (records.isEmpty() || records.stream().allMatch(CourseCsvReader::blank)) {
			throw new UnreadableCsv("course-admin.import.error.empty");
		}
		var header = records.get(0).stream().map(name -> Normalizer.normalize(name, Normalizer.Form.NFKC).strip()
				.toLowerCase(Locale.ROOT)).toList();
		var missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
		if (!missing.isEmpty()) {
			throw new UnreadableCsv("course-admin.import.error.missingColumns", String.join(", ", missing));
		}
		var unknown = header.stream().filter(name -> !name.isEmpty() && !COLUMNS.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new UnreadableCsv("course-admin.import.error.unknownColumns", String.join(", ", unknown));
		}
		var repeated = header.stream().filter(name -> !name.isEmpty())
				.collect(Collectors.groupingBy(name -> name, Collectors.counting())).entrySet().stream()
				.filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
		if (!repeated.isEmpty()) {
			throw new UnreadableCsv("course-admin.import.error.repeatedColumns", String.join(", ", repeated));
		}
		long rows = records.stream().skip(1).filter(record -> !blank(record)).count();
		if (rows == 0) {
			throw new UnreadableCsv("course-admin.import.error.noRows");
		}
		if (rows > MAX_ROWS) {
			throw new UnreadableCsv("course-admin.import.error.tooManyRows", String.valueOf(MAX_ROWS),
					String.valueOf(rows));
		}
		Set<String> categoryCodes = categories.all().stream().map(CourseCategory::getCode)
				.collect(Collectors.toSet());
		Set<Long> venueIds = venues.all().stream().map(Venue::getId).collect(Collectors.toSet());
		var courses = new ArrayList<ImportedCourse>();
		var problems = new ArrayList<ImportProblem>();
		for (int i = 1; i < records.size(); i++) {
			if (blank(records.get(i))) {
				continue;
			}
			var row = new Row(i + 1, header, records.get(i), problems);
			var course = row.read(categoryCodes, venueIds);
			if (course != null) {
				courses.add(course);
			}
		}
		return new Result(courses, problems);
	}

	/** Excel writes rows it once formatted as a line of commas. */
	private static boolean blank(List<String> record) {
		return record.stream().allMatch(String::isBlank);
	}

	/** One row's cells, read by column name, with the problems found in them. */
	private static final class Row {

		private final int number;
		private final List<String> header;
		private final List<String> cells;
		private final List<ImportProblem> problems;
		private final int problemsBefore;

		Row(int number, List<String> header, List<String> cells, List<ImportProblem> problems) {
			this.number = number;
			this.header = header;
			this.cells = cells;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		ImportedCourse read(Set<String> categoryCodes, Set<Long> venueIds) {
			if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream()
					.anyMatch(cell -> !cell.isBlank())) {
				problem(null, "course-admin.import.problem.extraCells", String.valueOf(header.size()));
			}
			String title = text("title", true, 200, true);
			String summary = text("summary", true, 500, false);
			String description = text("description", false, 10_000, false);
			String categoryCode = text("category_code", true, 40, true);
			if (categoryCode != null && !categoryCodes.contains(categoryCode)) {
				problem("category_code", "course.rule.unknownCategory");
			}
			OrganizerType organizerType = choice("organizer_type", OrganizerType.class, true);
			String organizerName = text("organizer_name", true, 200, true);
			Integer venueId = number("venue_id", false, 1, Integer.MAX_VALUE);
			if (venueId != null && !venueIds.contains(venueId.longValue())) {
				problem("venue_id", "course.rule.unknownVenue");
			}
			Boolean online = yesNo("online");
			if (venueId == null && Boolean.FALSE.equals(online) && !hasProblem("venue_id")) {
				problem("venue_id", "course.rule.placeNeeded");
			}
			Integer capacity = number("capacity", true, 1, 100_000);
			Integer fee = number("fee_yen", false, 0, 10_000_000);
			Instant opens = dateTime("application_opens");
			Instant closes = dateTime("application_closes");
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				problem("application_closes", "course.rule.windowOrder");
			}
			SelectionMethod selection = choice("selection_method", SelectionMethod.class, true);
			Eligibility eligibility = choice("eligibility", Eligibility.class, true);
			Integer minAge = number("min_age", false, 0, 120);
			Integer maxAge = number("max_age", false, 0, 120);
			if (minAge != null && maxAge != null && minAge > maxAge) {
				problem("max_age", "course.rule.ageOrder");
			}
			Boolean childcare = yesNo("childcare");
			Integer childcareCapacity = number("childcare_capacity", false, 1, 1000);
			Integer childcareMinAge = number("childcare_min_age", false, 0, 18);
			Integer childcareMaxAge = number("childcare_max_age", false, 0, 18);
			if (Boolean.TRUE.equals(childcare)) {
				for (String column : List.of("childcare_capacity", "childcare_min_age", "childcare_max_age")) {
					if (cell(column).isEmpty()) {
						problem(column, "course-admin.validation.childcareNeeds");
					}
				}
				if (childcareMinAge != null && childcareMaxAge != null && childcareMinAge > childcareMaxAge) {
					problem("childcare_max_age", "course.rule.ageOrder");
				}
			}
			Boolean easyJapanese = yesNo("easy_japanese");
			Boolean englishSupport = yesNo("english_support");
			Set<Audience> audiences = audiences();
			List<SessionTime> sessions = sessions();
			if (closes != null && sessions != null) {
				sessions.stream().map(s -> s.date().atTime(s.startsAt()).atZone(Course.ZONE).toInstant())
						.min(Instant::compareTo).filter(closes::isAfter)
						.ifPresent(first -> problem("application_closes", "course.rule.windowBeforeStart"));
			}
			if (problems.size() > problemsBefore) {
				return null;
			}
			boolean offersChildcare = Boolean.TRUE.equals(childcare);
			var details = new CourseDetails(title, null, summary, null, description, categoryCode, organizerType,
					organizerName, venueId == null ? null : venueId.longValue(), online, capacity,
					fee == null ? 0 : fee, opens, closes, selection, eligibility, minAge, maxAge, offersChildcare,
					offersChildcare ? childcareCapacity : null, offersChildcare ? childcareMinAge : null,
					offersChildcare ? childcareMaxAge : null, easyJapanese, englishSupport, audiences);
			return new ImportedCourse(number, details, sessions);
		}

		/** The cell as typed, stripped; missing trailing cells count as empty. */
		private String cell(String column) {
			int index = header.indexOf(column);
			return index < cells.size() ? cells.get(index).strip() : "";
		}

		/** Codes, numbers and dates: full-width digits and letters typed in Japanese input mode count too. */
		private String code(String column) {
			return Normalizer.normalize(cell(column), Normalizer.Form.NFKC).strip();
		}

		private String text(String column, boolean required, int maxLength, boolean oneLine) {
			String value = cell(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "course-admin.import.problem.required");
				}
				return required ? null : "";
			}
			if (value.length() > maxLength) {
				problem(column, "course-admin.import.problem.tooLong", String.valueOf(maxLength));
				return null;
			}
			if (oneLine && !PLAIN_TEXT.matcher(value).matches()) {
				problem(column, "validation.plainText");
				return null;
			}
			return value;
		}

		private Integer number(String column, boolean required, int min, int max) {
			String value = code(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "course-admin.import.problem.required");
				}
				return null;
			}
			if (GROUPED_NUMBER.matcher(value).matches()) {
				value = value.replace(",", "");
			}
			int number;
			try {
				number = Integer.parseInt(value);
			}
			catch (NumberFormatException notANumber) {
				problem(column, "course-admin.import.problem.notNumber", value);
				return null;
			}
			if (number < min) {
				problem(column, "course-admin.import.problem.min", String.valueOf(min));
				return null;
			}
			if (number > max) {
				problem(column, "course-admin.import.problem.max", String.valueOf(max));
				return null;
			}
			return number;
		}

		/** Empty is false: the columns are for things a course offers, and most offer none. */
		private Boolean yesNo(String column) {
			String value = code(column).toLowerCase(Locale.ROOT);
			if (value.isEmpty() || value.equals("false") || value.equals("0")) {
				return false;
			}
			if (value.equals("true") || value.equals("1")) {
				return true;
			}
			problem(column, "course-admin.import.problem.notBoolean", value);
			return null;
		}

		private <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
			String value = code(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "course-admin.import.problem.required");
				}
				return null;
			}
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value)) {
					return constant;
				}
			}
			problem(column, "course-admin.import.problem.notOneOf", value, names(type));
			return null;
		}

		private Instant dateTime(String column) {
			String value = code(column);
			if (value.isEmpty()) {
				problem(column, "course-admin.import.problem.required");
				return null;
			}
			Matcher matcher = DATE_TIME.matcher(value);
			try {
				if (matcher.matches()) {
					return LocalDateTime.of(date(matcher), LocalTime.of(Integer.parseInt(matcher.group(4)),
							Integer.parseInt(matcher.group(5)))).atZone(Course.ZONE).toInstant();
				}
			}
			catch (DateTimeException impossible) {
				// 2026-02-30 or 25:00: reported below like any other bad value.
			}
			problem(column, "course-admin.import.problem.notDateTime", value);
			return null;
		}

		private Set<Audience> audiences() {
			var audiences = EnumSet.noneOf(Audience.class);
			for (String code : code("audiences").split("\\|")) {
				if (code.isBlank()) {
					continue;
				}
				try {
					audiences.add(Audience.valueOf(code.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException unknown) {
					problem("audiences", "course-admin.import.problem.notOneOf", code.strip(), names(Audience.class));
				}
			}
			return audiences;
		}

		private List<SessionTime> sessions() {
			var sessions = new ArrayList<SessionTime>();
			for (String item : code("sessions").split("\\|")) {
				if (item.isBlank()) {
					continue;
				}
				Matcher matcher = SESSION.matcher(item.strip());
				SessionTime session = null;
				try {
					if (matcher.matches()) {
						session = new SessionTime(date(matcher),
								LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5))),
								LocalTime.of(Integer.parseInt(matcher.group(6)), Integer.parseInt(matcher.group(7))));
					}
				}
				catch (DateTimeException impossible) {
					// Reported below.
				}
				if (session == null) {
					problem("sessions", "course-admin.import.problem.notSession", item.strip());
				}
				else if (!session.endsAt().isAfter(session.startsAt())) {
					problem("sessions", "course.rule.sessionEndsAfterStart");
				}
				else {
					sessions.add(session);
				}
			}
			if (sessions.size() > CourseForm.MAX_SESSIONS) {
				problem("sessions", "course-admin.validation.tooManySessions", String.valueOf(CourseForm.MAX_SESSIONS));
			}
			return hasProblem("sessions") ? null : sessions;
		}

		private static LocalDate date(Matcher matcher) {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}

		private static String names(Class<? extends Enum<?>> type) {
			return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		}

		private boolean hasProblem(String column) {
			return problems.subList(problemsBefore, problems.size()).stream()
					.anyMatch(p -> column.equals(p.column()));
		}

		private void problem(String column, String key, Object... arguments) {
			problems.add(new ImportProblem(number, column, key, arguments));
		}
	}
}
