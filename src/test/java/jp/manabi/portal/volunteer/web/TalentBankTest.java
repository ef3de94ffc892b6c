package jp.manabi.portal.volunteer.web;

import static jp.manabi.portal.volunteer.ProfileTestForms.details;
import static jp.manabi.portal.volunteer.ProfileTestForms.skillId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.SkillTree;
import jp.manabi.portal.volunteer.domain.VolunteerProfileRepository;

/** The public talent bank: registered volunteers only, their public parts only; never contact details. */
class TalentBankTest extends IntegrationTest {

	@Autowired
	SkillTree tree;

	@Autowired
	ProfileService service;

	@Autowired
	VolunteerProfileRepository profiles;

	private long registered(long accountId, jp.manabi.portal.volunteer.domain.ProfileDetails details) {
		long id = service.register(accountId, details);
		service.approve(id, profiles.findById(id).orElseThrow().getVersion());
		return id;
	}

	/** The text of the one card whose heading is {@code heading}. */
	private static String card(String body, String heading) {
		int start = body.indexOf(heading);
		int end = body.indexOf("talent-card", start);
		return body.substring(start, end < 0 ? body.indexOf("</main>", start) : end);
	}

	@Test
	void onlyPublicFieldsOfRegisteredVolunteersAppear() {
		var hidden = accounts.resident();
		String expertise = "手話通訳" + System.nanoTime();
		long anonymous = registered(hidden.id(), details(tree, false, expertise, "sign-language"));
		String experience = profiles.findById(anonymous).map(p -> service.mine(hidden.id()).orElseThrow().getExperience())
				.orElseThrow();
		var waiting = accounts.resident();
		String waitingExpertise = "審査中の専門" + System.nanoTime();
		service.register(waiting.id(), details(tree, true, waitingExpertise, "sign-language"));

		long signLanguage = skillId(tree, "sign-language");
		var page = session().get("/volunteers/talent?skill=" + signLanguage);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("登録者 No." + anonymous).contains(expertise).contains("福祉 &gt; 手話（得意）");
		// Name not public, experience and areas not public, contact never; unregistered never listed.
		assertThat(body).doesNotContain("試験 太郎").doesNotContain(experience).doesNotContain(hidden.email())
				.doesNotContain(waitingExpertise);
		String card = card(body, "登録者 No." + anonymous);
		assertThat(card).contains(expertise).doesNotContain("巣鴨").doesNotContain("活動できる地区");
	}

	@Test
	void aPublicNameIsShownAndFiltersNeverMatchOnPrivateParts() {
		var named = accounts.resident();
		String expertise = "点訳" + System.nanoTime();
		long id = registered(named.id(), details(tree, true, expertise, "braille"));
		var all = session().get("/volunteers/talent?skill=" + skillId(tree, "braille")).body();
		assertThat(all).contains("試験 太郎さん").contains(expertise).doesNotContain("登録者 No." + id + "<");

		// Areas are not public for this volunteer: filtering by their area must not find them.
		var byArea = session().get("/volunteers/talent?area=sugamo&skill=" + skillId(tree, "braille")).body();
		assertThat(byArea).doesNotContain(expertise);
		var byGroup = session().get("/volunteers/talent?canTeach=true&skill=" + skillId(tree, "welfare")).body();
		assertThat(byGroup).contains(expertise);
	}
}
