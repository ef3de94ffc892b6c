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
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.ProfileService;
import jp.manabi.portal.volunteer.domain.SkillLevel;
import jp.manabi.portal.volunteer.domain.SkillRepository;
import jp.manabi.portal.volunteer.domain.SkillTree;

/** Staff keep the skills tree: add, rename, archive; archived skills are not offered but stay on profiles. */
class SkillTreeAdminTest extends IntegrationTest {

	@Autowired
	SkillTree tree;

	@Autowired
	SkillRepository skills;

	@Autowired
	ProfileService service;

	@Autowired
	JdbcClient jdbc;

	private WebSession staff() {
		var staff = accounts.staff();
		var session = session();
		session.logIn(staff.email(), staff.password());
		return session;
	}

	@Test
	void staffAddAGroupAndASkillAndADuplicateCodeIsAnErrorBesideTheCode() {
		var staff = staff();
		String group = "g" + System.nanoTime();
		var added = staff.submit("/admin/volunteers/skills", "/admin/volunteers/skills",
				Map.of("code", group, "nameJa", "料理", "nameEn", "Cooking", "position", "95"));
		assertThat(added.statusCode()).isEqualTo(302);
		long groupId = skills.findByCode(group).orElseThrow().getId();
		String skill = "s" + System.nanoTime();
		staff.submit("/admin/volunteers/skills", "/admin/volunteers/skills", Map.of("parentId", String.valueOf(groupId),
				"code", skill, "nameJa", "和食", "nameEn", "Japanese cooking", "position", "10"));
		assertThat(skills.findByCode(skill).orElseThrow().getParent().getId()).isEqualTo(groupId);
		assertThat(staff.get("/admin/volunteers/skills").body()).contains("和食 / Japanese cooking");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'volunteer-skill' and subject_id = ?")
				.param(String.valueOf(groupId)).query(Integer.class).single()).isEqualTo(1);

		var duplicate = staff.submit("/admin/volunteers/skills", "/admin/volunteers/skills",
				Map.of("parentId", String.valueOf(groupId), "code", "english", "nameJa", "英語2", "nameEn", "English 2",
						"position", "10"));
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("id=\"code-error\"").contains("このコードはすでに使われています");

		var badCode = staff.submit("/admin/volunteers/skills", "/admin/volunteers/skills",
				Map.of("code", "Bad Code!", "nameJa", "", "nameEn", "x", "position", "1"));
		assertThat(badCode.statusCode()).isEqualTo(200);
		assertThat(badCode.body()).contains("id=\"code-error\"").contains("id=\"nameJa-error\"");

		var badParent = staff.submit("/admin/volunteers/skills", "/admin/volunteers/skills",
				Map.of("parentId", String.valueOf(skills.findByCode(skill).orElseThrow().getId()), "code",
						"t" + System.nanoTime(), "nameJa", "x", "nameEn", "x", "position", "1"));
		assertThat(badParent.statusCode()).isEqualTo(200);
		assertThat(badParent.body()).contains("id=\"parentId-error\"");
	}

	@Test
	void anArchivedSkillIsNotOfferedButStaysOnProfilesThatHaveIt() {
		var staff = staff();
		String code = "a" + System.nanoTime();
		long crafts = skills.findByCode("crafts").orElseThrow().getId();
		long id = tree.add(skills.findByCode("culture").orElseThrow().getId(), code, "折り紙",
				"Origami", 50);
		var resident = accounts.resident();
		var session = session();
		session.logIn(resident.email(), resident.password());
		assertThat(session.get("/mypage/volunteer").body()).contains("折り紙");
		session.submit("/mypage/volunteer", "/mypage/volunteer", form(tree, Map.of(code, 2, "crafts", 1), Map.of()));

		var renamed = staff.submit("/admin/volunteers/skills/" + id, "/admin/volunteers/skills/" + id,
				Map.of("nameJa", "おりがみ", "nameEn", "Origami", "position", "5", "archived", "true"));
		assertThat(renamed.statusCode()).isEqualTo(302);
		var archived = skills.findById(id).orElseThrow();
		assertThat(archived.isArchived()).isTrue();
		assertThat(archived.getNameJa()).isEqualTo("おりがみ");
		assertThat(session.get("/mypage/volunteer/edit").body()).doesNotContain("おりがみ");

		// The volunteer edits without it on the form: it stays on their profile.
		var mine = service.mine(resident.id()).orElseThrow();
		var edit = new HashMap<>(form(tree, Map.of("crafts", 3), Map.of()));
		edit.put("version", String.valueOf(mine.getVersion()));
		assertThat(session.submit("/mypage/volunteer/edit", "/mypage/volunteer/edit", edit).statusCode()).isEqualTo(302);
		assertThat(service.mine(resident.id()).orElseThrow().details().skills())
				.containsExactlyInAnyOrder(new SkillLevel(id, 2), new SkillLevel(crafts, 3));

		// A new volunteer cannot choose it, even by sending its id.
		var other = accounts.resident();
		var tampered = new HashMap<>(form(tree, Map.of(), Map.of()));
		tampered.put("skills[0].skillId", String.valueOf(id));
		tampered.put("skills[0].chosen", "true");
		var otherSession = session();
		otherSession.logIn(other.email(), other.password());
		assertThat(otherSession.submit("/mypage/volunteer", "/mypage/volunteer", tampered).body())
				.contains("選べない技能が含まれています");
		assertThat(service.mine(other.id())).isEmpty();
		assertThat(staff.get("/admin/volunteers/skills/987654321").statusCode()).isEqualTo(404);
		assertThat(details(tree, false, "", "crafts").skills()).isNotEmpty();
	}
}
