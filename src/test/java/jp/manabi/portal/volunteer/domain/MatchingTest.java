package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.shared.time.TimeBand;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.volunteer.domain.matching.Matching;

/** Matching on the database: a volunteer lacking a required skill is never suggested, either way. */
class MatchingTest extends IntegrationTest {

	@Autowired
	RequestTestData data;

	@Autowired
	Matching matching;

	@Autowired
	RequestService requests;

	LocalDate nextSaturday() {
		return requests.today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
	}

	Set<WeeklySlot> saturdayMornings() {
		return Set.of(WeeklySlot.of(DayOfWeek.SATURDAY, TimeBand.MORNING));
	}

	@Test
	void aVolunteerLackingARequiredSkillIsNeverSuggested() {
		long staff = accounts.staff().id();
		long request = data.staffRequest(staff, "点字の講座補助", Map.of("braille", true, "design", false),
				List.of(nextSaturday()), "ikebukuro");
		long qualified = data.registeredVolunteer(accounts.resident().id(), Map.of("braille", 2), saturdayMornings(),
				Set.of("ikebukuro"));
		// Better everywhere else — every slot, the area, the nice-to-have skill — but no braille.
		long unqualified = data.registeredVolunteer(accounts.resident().id(), Map.of("design", 3, "english", 3),
				saturdayMornings(), Set.of("ikebukuro"));

		var ranked = matching.rankFor(request, 10_000);

		assertThat(ranked).extracting(m -> m.candidate().profileId()).contains(qualified).doesNotContain(unqualified);
		assertThat(matching.recommendFor(unqualified, 10_000)).extracting(m -> m.needs().requestId())
				.doesNotContain(request);
		assertThat(matching.recommendFor(qualified, 10_000)).extracting(m -> m.needs().requestId()).contains(request);
	}

	@Test
	void withTwoRequiredSkillsBothMustBeThere() {
		long staff = accounts.staff().id();
		long request = data.staffRequest(staff, "手話と点字の案内", Map.of("sign-language", true, "care", true),
				List.of(nextSaturday(), nextSaturday().plusDays(7)), "sugamo");
		long both = data.registeredVolunteer(accounts.resident().id(), Map.of("sign-language", 1, "care", 1), Set.of(),
				Set.of());
		long onlyOne = data.registeredVolunteer(accounts.resident().id(), Map.of("sign-language", 3), saturdayMornings(),
				Set.of("sugamo"));
		long otherOne = data.registeredVolunteer(accounts.resident().id(), Map.of("care", 3), saturdayMornings(),
				Set.of("sugamo"));

		var ranked = matching.rankFor(request, 10_000);

		assertThat(ranked).extracting(m -> m.candidate().profileId()).contains(both).doesNotContain(onlyOne, otherOne);
		assertThat(matching.recommendFor(onlyOne, 10_000)).extracting(m -> m.needs().requestId())
				.doesNotContain(request);
	}

	@Test
	void closedRequestsAreNotRecommended() {
		long staff = accounts.staff().id();
		long request = data.staffRequest(staff, "締め切った募集", Map.of("gardening", true), List.of(nextSaturday()),
				"mejiro");
		long volunteer = data.registeredVolunteer(accounts.resident().id(), Map.of("gardening", 1), saturdayMornings(),
				Set.of("mejiro"));
		assertThat(matching.recommendFor(volunteer, 10_000)).extracting(m -> m.needs().requestId()).contains(request);

		data.changeStatus(request, RequestStatus.CLOSED);

		assertThat(matching.recommendFor(volunteer, 10_000)).extracting(m -> m.needs().requestId())
				.doesNotContain(request);
	}
}
