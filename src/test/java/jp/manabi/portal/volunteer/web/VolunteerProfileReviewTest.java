package jp.manabi.portal.volunteer.web;

import static jp.manabi.portal.volunteer.ProfileTestForms.details;
import static jp.manabi.portal.volunteer.ProfileTestForms.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.ProfileStatus;
import jp.manabi.portal.volunteer.domain.SkillTree;
import jp.manabi.portal.volunteer.domain.VolunteerProfileRepository;

/** Staff review at /admin/volunteers: approve, return with a comment, mails, audit, conflicts, access. */
class VolunteerProfileReviewTest extends IntegrationTest {

	@Autowired
	SkillTree tree;

	@Autowired
	ProfileService service;

	@Autowired
	VolunteerProfileRepository profiles;

	@Autowired
	JdbcClient jdbc;

	private WebSession staff() {
		var staff = accounts.staff();
		var session = session();
		session.logIn(staff.email(), staff.password());
		return session;
	}

	private long version(long id) {
		return profiles.findById(id).orElseThrow().getVersion();
	}

	private ProfileStatus status(long id) {
		return profiles.findById(id).orElseThrow().getStatus();
	}

	private int audits(long id, String action) {
		return jdbc.sql("select count(*) from audit_entry where subject_type = 'volunteer-profile' and subject_id = ? and action = ?")
				.params(String.valueOf(id), action).query(Integer.class).single();
	}

	@Test
	void staffSeeNameAndContactWhichIsAuditedAndApproveWithAMail() throws Exception {
		var resident = accounts.resident();
		long id = service.register(resident.id(), details(tree, false, "書道", "calligraphy"));
		var staff = staff();
		assertThat(staff.get("/admin/volunteers").body()).contains("/admin/volunteers/" + id);
		var page = staff.get("/admin/volunteers/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(resident.email()).contains("試験 太郎").contains("書道");
		assertThat(audits(id, "VIEW")).isEqualTo(1);
		staff.get("/admin/volunteers/" + id);
		assertThat(audits(id, "VIEW")).isEqualTo(2);

		var approved = staff.submit("/admin/volunteers/" + id, "/admin/volunteers/" + id + "/approve",
				Map.of("version", String.valueOf(version(id))));
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo(ProfileStatus.REGISTERED);
		assertThat(audits(id, "ADMIN")).isEqualTo(1);
		assertThat(Mails.awaitText(greenMail, resident.email(), 2)).contains("承認されました");

		// Editing a registered profile keeps it registered.
		var session = session();
		session.logIn(resident.email(), resident.password());
		assertThat(session.get("/mypage/volunteer").body()).contains("登録").contains("人材バンクに登録されています");
		var edit = new HashMap<>(form(tree, Map.of("calligraphy", 3), Map.of()));
		edit.put("version", String.valueOf(version(id)));
		assertThat(session.submit("/mypage/volunteer/edit", "/mypage/volunteer/edit", edit).statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo(ProfileStatus.REGISTERED);
	}

	@Test
	void returningNeedsACommentWhichIsMailedAndTheVolunteersEditResubmits() throws Exception {
		var resident = accounts.resident();
		long id = service.register(resident.id(), details(tree, false, "園芸", "gardening"));
		var staff = staff();
		var missing = staff.submit("/admin/volunteers/" + id, "/admin/volunteers/" + id + "/return",
				Map.of("version", String.valueOf(version(id)), "comment", " "));
		assertThat(missing.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo(ProfileStatus.APPLIED);

		staff.submit("/admin/volunteers/" + id, "/admin/volunteers/" + id + "/return",
				Map.of("version", String.valueOf(version(id)), "comment", "活動できる地区を選んでください"));
		assertThat(status(id)).isEqualTo(ProfileStatus.RETURNED);
		assertThat(audits(id, "ADMIN")).isEqualTo(1);
		assertThat(Mails.awaitText(greenMail, resident.email(), 2)).contains("活動できる地区を選んでください");

		var session = session();
		session.logIn(resident.email(), resident.password());
		assertThat(session.get("/mypage/volunteer").body()).contains("差戻し").contains("活動できる地区を選んでください");
		var edit = new HashMap<>(form(tree, Map.of("gardening", 2), Map.of()));
		edit.put("version", String.valueOf(version(id)));
		assertThat(session.submit("/mypage/volunteer/edit", "/mypage/volunteer/edit", edit).statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo(ProfileStatus.APPLIED);
		assertThat(Mails.awaitAll(greenMail, resident.email(), 3)).hasSize(3);
	}

	@Test
	void aSecondStaffMemberOnAnOldPageGetsAConflict() {
		long id = service.register(accounts.resident().id(), details(tree, false, "", "pc"));
		long seen = version(id);
		staff().submit("/admin/volunteers/" + id, "/admin/volunteers/" + id + "/return",
				Map.of("version", String.valueOf(seen), "comment", "写真の経験を書いてください"));
		var second = staff().submit("/admin/volunteers/" + id, "/admin/volunteers/" + id + "/approve",
				Map.of("version", String.valueOf(seen)));
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(status(id)).isEqualTo(ProfileStatus.RETURNED);
	}

	@Test
	void residentsCannotReachStaffPagesAndTamperedIdsAre404() {
		var resident = accounts.resident();
		long id = service.register(resident.id(), details(tree, false, "", "pc"));
		var session = session();
		session.logIn(resident.email(), resident.password());
		assertThat(session.get("/admin/volunteers").statusCode()).isEqualTo(403);
		assertThat(session.get("/admin/volunteers/" + id).statusCode()).isEqualTo(403);
		assertThat(session.get("/admin/volunteers/skills").statusCode()).isEqualTo(403);
		assertThat(session.submit("/mypage/volunteer", "/admin/volunteers/" + id + "/approve",
				Map.of("version", String.valueOf(version(id)))).statusCode()).isEqualTo(403);
		assertThat(status(id)).isEqualTo(ProfileStatus.APPLIED);

		var staff = staff();
		assertThat(staff.get("/admin/volunteers/987654321").statusCode()).isEqualTo(404);
		assertThat(staff.submit("/admin/volunteers", "/admin/volunteers/987654321/approve", Map.of("version", "0"))
				.statusCode()).isEqualTo(404);
		assertThat(staff.submit("/admin/volunteers", "/admin/volunteers/987654321/return",
				Map.of("version", "0", "comment", "x")).statusCode()).isEqualTo(404);
	}

	@Test
	void theListFiltersByStatusSkillAreaAndTeaching() {
		long gardener = service.register(accounts.resident().id(), details(tree, false, "", "gardening"));
		long writer = service.register(accounts.resident().id(), details(tree, false, "", "calligraphy"));
		var staff = staff();
		long natureGroup = jp.manabi.portal.volunteer.ProfileTestForms.skillId(tree, "nature");
		var byGroup = staff.get("/admin/volunteers?status=APPLIED&skill=" + natureGroup + "&area=sugamo&canTeach=true").body();
		assertThat(byGroup).contains("/admin/volunteers/" + gardener + "\"");
		assertThat(byGroup.substring(byGroup.indexOf("all-title"))).doesNotContain("/admin/volunteers/" + writer + "\"");
		var otherArea = staff.get("/admin/volunteers?skill=" + natureGroup + "&area=komagome").body();
		assertThat(otherArea.substring(otherArea.indexOf("all-title"))).doesNotContain("/admin/volunteers/" + gardener + "\"");
	}
}
