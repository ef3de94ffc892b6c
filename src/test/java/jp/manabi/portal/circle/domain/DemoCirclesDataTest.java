package jp.manabi.portal.circle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo circles file: enough circles of every kind, and nothing the loader would refuse. */
class DemoCirclesDataTest {

	@Test
	void thereAreEnoughListedCirclesAcrossCategoriesAndAreas() {
		var circles = DemoCircles.load();
		var listed = circles.stream().filter(c -> !c.containsKey("status") && !Boolean.TRUE.equals(c.get("lapsed"))).toList();

		assertThat(circles).hasSizeGreaterThanOrEqualTo(25);
		assertThat(listed).hasSizeGreaterThanOrEqualTo(20);
		assertThat(listed.stream().map(c -> c.get("category")).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(10);
		assertThat(listed.stream().map(c -> c.get("area")).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(10);
		assertThat(listed.stream().filter(c -> c.containsKey("events"))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(circles.stream().map(c -> c.get("status")).collect(Collectors.toSet()))
				.contains("PENDING", "CHANGES_REQUESTED", "SUSPENDED");
	}

	@Test
	void everyCategoryAndAreaExistsAndEveryKeyIsUnique() throws IOException {
		var categories = codes("src/main/resources/db/migration/V40__circle_tables.sql", "\\('([a-z]+)',\\s+'");
		var areas = codes("src/main/resources/application.yaml", "- code: ([a-z-]+)");
		var circles = DemoCircles.load();

		for (var circle : circles) {
			assertThat(categories).as("category of %s", circle.get("key")).contains((String) circle.get("category"));
			assertThat(areas).as("area of %s", circle.get("key")).contains((String) circle.get("area"));
		}
		assertThat(circles.stream().map(c -> c.get("key")).distinct()).hasSize(circles.size());
		assertThat(circles.stream().map(c -> c.get("name")).distinct()).hasSize(circles.size());
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyScheduleLineReadsAsAMeeting() {
		for (Map<String, Object> circle : DemoCircles.load()) {
			for (String line : (List<String>) circle.get("schedule")) {
				var meeting = DemoCircles.meeting(line);
				assertThat(meeting.endsAt()).as(line).isAfter(meeting.startsAt());
			}
		}
		var monthly = DemoCircles.meeting("MONTHLY 2,4 TUESDAY 19:00-21:00");
		assertThat(monthly.frequency()).isEqualTo(ScheduleFrequency.MONTHLY);
		assertThat(monthly.weeks()).containsExactly(2, 4);
		assertThat(monthly.day()).isEqualTo(DayOfWeek.TUESDAY);
		assertThat(monthly.startsAt()).isEqualTo(LocalTime.of(19, 0));
	}

	private static Set<String> codes(String file, String regex) throws IOException {
		var matcher = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
		return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
	}
}
