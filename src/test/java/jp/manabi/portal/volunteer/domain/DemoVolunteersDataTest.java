package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.manabi.portal.shared.time.TimeBand;

/** The demo volunteers file: enough varied volunteers, and nothing the loader would refuse. */
class DemoVolunteersDataTest {

	@Test
	@SuppressWarnings("unchecked")
	void thereAreFortyVariedVolunteersMostlyRegistered() {
		var volunteers = DemoVolunteers.load();
		assertThat(volunteers).hasSizeGreaterThanOrEqualTo(41);
		var statuses = volunteers.stream().map(v -> (String) v.getOrDefault("status", "REGISTERED")).toList();
		assertThat(statuses.stream().filter("REGISTERED"::equals)).hasSizeGreaterThanOrEqualTo(35);
		assertThat(statuses).contains("APPLIED", "RETURNED");
		assertThat(volunteers.stream().filter(v -> "RETURNED".equals(v.get("status"))))
				.allMatch(v -> v.get("comment") != null);
		assertThat(volunteers.stream().filter(v -> Boolean.TRUE.equals(v.get("canTeach")))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(volunteers.stream().filter(v -> ((List<String>) v.get("public")).contains("name")))
				.hasSizeGreaterThanOrEqualTo(5);
		assertThat(volunteers.stream().filter(v -> !((List<String>) v.get("public")).contains("name")))
				.hasSizeGreaterThanOrEqualTo(20);
		var cells = volunteers.stream().flatMap(v -> ((List<String>) v.get("availability")).stream())
				.map(DemoVolunteers::slot).collect(Collectors.toSet());
		assertThat(cells.stream().filter(s -> s.timeBand() == TimeBand.EVENING)).isNotEmpty();
		assertThat(cells.stream().filter(s -> s.dayOfWeek() >= 6)).isNotEmpty();
		var levels = volunteers.stream().flatMap(v -> ((Map<String, Integer>) v.get("skills")).values().stream())
				.collect(Collectors.toSet());
		assertThat(levels).containsExactlyInAnyOrder(1, 2, 3);
		assertThat(volunteers.stream().map(v -> v.get("account"))).contains("resident");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everySkillAreaAndAccountExistsAndIsUsedOnce() throws IOException {
		var skillCodes = codes("src/main/resources/db/migration/V50__volunteer_tables.sql", "\\('[a-z]+',\\s+'([a-z-]+)'");
		var areas = codes("src/main/resources/application.yaml", "- code: ([a-z-]+)");
		var demoAccounts = codes("src/main/java/jp/manabi/portal/account/domain/DemoAccounts.java",
				"new DemoAccount\\(\"([a-z0-9]+)\"");
		var volunteers = DemoVolunteers.load();
		for (var v : volunteers) {
			assertThat(skillCodes).as("skills of %s", v.get("account"))
					.containsAll(((Map<String, Integer>) v.get("skills")).keySet());
			assertThat(((Map<String, Integer>) v.get("skills")).values()).allMatch(l -> l >= 1 && l <= 3);
			assertThat(areas).as("areas of %s", v.get("account")).containsAll((List<String>) v.get("areas"));
			assertThat(demoAccounts).contains((String) v.get("account"));
			assertThat(Set.of("name", "skills", "expertise", "experience", "areas"))
					.containsAll((List<String>) v.get("public"));
		}
		assertThat(volunteers.stream().map(v -> v.get("account")).distinct()).hasSize(volunteers.size());
	}

	private static Set<String> codes(String file, String regex) throws IOException {
		var matcher = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
		return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
	}
}
