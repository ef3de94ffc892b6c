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
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Japan's public holidays from a CSV file ({@code date,name_ja,name_en}, a header line,
 * UTF-8): the one bundled with the portal ({@value #BUNDLED}) or a newer one staff upload. The
 * years in the file replace those years in the table, so a corrected file removes a holiday that
 * was moved; other years stay. A bad line refuses the whole file ({@link BadFile}, with its
 * line number) and changes nothing.
 */
@Service
@Transactional
public class PublicHolidayLoader {

	public static final String BUNDLED = "consultation/holidays-japan.csv";

	private final PublicHolidayRepository holidays;
	private final JdbcClient jdbc;

	PublicHolidayLoader(PublicHolidayRepository holidays, JdbcClient jdbc) {
		this.holidays = holidays;
		this.jdbc = jdbc;
	}

	/** A file that cannot be loaded; {@code line} is 1-based (0 when the file as a whole is wrong). */
	public static class BadFile extends RuntimeException {

		private final int line;

		public BadFile(int line, String reason) {
			super("line " + line + ": " + reason);
			this.line = line;
		}

		public int line() {
			return line;
		}
	}

	/** Loads the bundled file; returns the rows loaded. */
	public int loadBundled() {
		try (var reader = new InputStreamReader(new ClassPathResource(BUNDLED).getInputStream(), StandardCharsets.UTF_8)) {
			return load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads a CSV file; returns the rows loaded. */
	public int load(Reader csv) {
		var rows = new LinkedHashMap<LocalDate, PublicHoliday>();
		try (var lines = new BufferedReader(csv)) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				line = line.replace("\uFEFF", "").strip();
				if (line.isEmpty() || line.startsWith("#") || (number == 1 && line.toLowerCase().startsWith("date"))) {
					continue;
				}
				var cells = line.split(",", -1);
				if (cells.length < 2 || cells.length > 3) {
					throw new BadFile(number, "expected date,name_ja,name_en");
				}
				LocalDate day;
				try {
					day = LocalDate.parse(cells[0].strip());
				}
				catch (DateTimeParseException e) {
					throw new BadFile(number, "not a date (yyyy-mm-dd): " + cells[0]);
				}
				String nameJa = cells[1].strip();
				String nameEn = cells.length > 2 ? cells[2].strip() : "";
				if (nameJa.isEmpty() || nameJa.length() > 100 || nameEn.length() > 100) {
					throw new BadFile(number, "a name is missing or longer than 100 characters");
				}
				if (rows.put(day, new PublicHoliday(day, nameJa, nameEn)) != null) {
					throw new BadFile(number, "the date appears twice: " + day);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (rows.isEmpty()) {
			throw new BadFile(0, "no holidays in the file");
		}
		var years = new TreeSet<Integer>();
		rows.keySet().forEach(day -> years.add(day.getYear()));
		for (int year : years) {
			jdbc.sql("delete from public_holiday where day >= ? and day < ?").param(LocalDate.of(year, 1, 1))
					.param(LocalDate.of(year + 1, 1, 1)).update();
		}
		holidays.saveAll(new ArrayList<>(rows.values()));
		holidays.flush();
		return rows.size();
	}
}
