package jp.manabi.portal.consultation.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Japan's public holidays from a CSV file (date,name_ja,name_en; a header line is allowed):
 * the bundled {@code consultation/holidays-japan.csv} or a newer file staff upload. Every row is
 * checked first; one bad row and nothing is saved. A file replaces the years it contains.
 */
@Service
@Transactional
public class PublicHolidayLoader {

	public static final String BUNDLED = "consultation/holidays-japan.csv";

	/** Generous for a list of holidays; anything longer is not one. */
	static final int MAX_ROWS = 2_000;

	private final JdbcClient jdbc;

	PublicHolidayLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One refused row: its line in the file and why. */
	public record Problem(int line, String messageKey) {
	}

	/** The file was refused; nothing was saved. */
	public static class Rejected extends RuntimeException {

		private final List<Problem> problems;

		public Rejected(List<Problem> problems) {
			super(problems.size() + " bad rows");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}
	}

	public int loadBundled() {
		try (var reader = new InputStreamReader(new ClassPathResource(BUNDLED).getInputStream(),
				StandardCharsets.UTF_8)) {
			return load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int load(Reader csv) {
		var holidays = new LinkedHashMap<LocalDate, String[]>();
		var problems = new ArrayList<Problem>();
		try (var lines = new BufferedReader(csv)) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank() || (number == 1 && line.strip().toLowerCase().startsWith("date"))) {
					continue;
				}
				if (holidays.size() >= MAX_ROWS) {
					problems.add(new Problem(number, "consultation.admin.holidays.error.tooMany"));
					break;
				}
				parse(line, number, holidays, problems);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (holidays.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "consultation.admin.holidays.error.empty"));
		}
		if (!problems.isEmpty()) {
			throw new Rejected(problems);
		}
		var years = new TreeSet<Integer>();
		holidays.keySet().forEach(day -> years.add(day.getYear()));
		for (int year : years) {
			jdbc.sql("delete from public_holiday where day between ? and ?")
					.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
		}
		for (Map.Entry<LocalDate, String[]> holiday : holidays.entrySet()) {
			jdbc.sql("insert into public_holiday (day, name_ja, name_en) values (?, ?, ?)")
					.params(holiday.getKey(), holiday.getValue()[0], holiday.getValue()[1]).update();
		}
		return holidays.size();
	}

	private static void parse(String line, int number, Map<LocalDate, String[]> holidays, List<Problem> problems) {
		String[] cells = line.split(",", -1);
		if (cells.length < 2 || cells.length > 3) {
			problems.add(new Problem(number, "consultation.admin.holidays.error.columns"));
			return;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(cells[0].strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(number, "consultation.admin.holidays.error.date"));
			return;
		}
		String nameJa = cells[1].strip();
		String nameEn = cells.length > 2 ? cells[2].strip() : "";
		if (nameJa.isEmpty()) {
			problems.add(new Problem(number, "consultation.admin.holidays.error.name"));
		}
		else if (nameJa.length() > 100 || nameEn.length() > 100) {
			problems.add(new Problem(number, "consultation.admin.holidays.error.nameLength"));
		}
		else if (holidays.containsKey(day)) {
			problems.add(new Problem(number, "consultation.admin.holidays.error.duplicate"));
		}
		else {
			holidays.put(day, new String[] { nameJa, nameEn });
		}
	}
}
