package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The demo requests' yaml is complete and consistent, without starting the app. */
class DemoVolunteerRequestsDataTest {

	static final Set<String> SKILLS = Set.of("english", "chinese", "korean", "vietnamese", "easy-japanese",
			"smartphone", "pc", "programming", "calligraphy", "tea-ceremony", "music", "crafts", "exercise",
			"ball-games", "homework", "reading-aloud", "guest-teacher", "disaster", "guide", "sign-language", "braille",
			"care", "gardening", "nature-guide", "event-staff", "photography", "design");
	static final Set<String> AREAS = Set.of("ikebukuro", "higashi-ikebukuro", "nishi-ikebukuro", "minami-ikebukuro",
			"mejiro", "zoshigaya", "sugamo", "komagome", "otsuka", "nagasaki");
	static final Pattern ACTION = Pattern.compile("a-[1-3]-[a-d]-a");

	@SuppressWarnings("unchecked")
	@Test
	void everyRequestIsComplete() throws Exception {
		var data = DemoVolunteerRequests.load();
		var organisations = DemoVolunteerRequests.maps(data.get("organisations"));
		var requests = DemoVolunteerRequests.maps(data.get("requests"));
		var circleNames = circleNames();
		var orgKeys = new HashSet<String>();
		organisations.forEach(o -> orgKeys.add((String) o.get("key")));
		assertThat(organisations).hasSizeBetween(3, 4);
		assertThat(organisations).anySatisfy(o -> assertThat(o).containsEntry("account", "school").containsEntry("kind", "SCHOOL"));
		assertThat(organisations).anySatisfy(o -> assertThat(o).containsEntry("kind", "NPO"));
		assertThat(requests).hasSizeGreaterThanOrEqualTo(15);

		var today = LocalDate.of(2026, 11, 21);
		int past = 0;
		var posters = new HashSet<String>();
		for (var r : requests) {
			String poster = (String) r.get("poster");
			posters.add(poster.split(":")[0]);
			if (poster.startsWith("organisation:")) {
				assertThat(orgKeys).contains(poster.substring(13));
			}
			else if (poster.startsWith("circle:")) {
				assertThat(circleNames).contains(poster.substring(7));
				assertThat(r).containsKey("by");
			}
			else {
				assertThat(poster).isEqualTo("staff");
			}
			assertThat(AREAS).contains((String) r.get("area"));
			var skills = (Map<String, List<String>>) r.get("skills");
			skills.values().forEach(codes -> assertThat(SKILLS).containsAll(codes));
			((List<String>) r.get("planActions")).forEach(code -> assertThat(code).matches(ACTION));
			var shifts = ((List<String>) r.get("shifts")).stream().map(s -> DemoVolunteerRequests.shift(s, today)).toList();
			assertThat(shifts).isNotEmpty().allSatisfy(s -> assertThat(s.endsAt()).isAfter(s.startsAt()));
			var first = shifts.stream().map(s -> s.date()).min(LocalDate::compareTo).orElseThrow();
			assertThat(today.plusDays(((Number) r.get("applyBy")).intValue())).as((String) r.get("title"))
					.isBeforeOrEqualTo(first);
			if (first.isBefore(today)) {
				past++;
			}
		}
		assertThat(posters).containsExactlyInAnyOrder("organisation", "circle", "staff");
		assertThat(past).isGreaterThanOrEqualTo(2);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> circleNames() throws Exception {
		try (InputStream in = getResource("demo/circles.yaml")) {
			Map<String, Object> data = new Yaml().load(in);
			var names = new HashSet<String>();
			((List<Map<String, Object>>) data.get("circles")).forEach(c -> names.add((String) c.get("name")));
			return names;
		}
	}

	private static InputStream getResource(String name) {
		return DemoVolunteerRequestsDataTest.class.getClassLoader().getResourceAsStream(name);
	}
}
