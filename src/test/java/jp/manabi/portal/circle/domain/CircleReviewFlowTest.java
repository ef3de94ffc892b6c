package jp.manabi.portal.circle.domain;

import static jp.manabi.portal.circle.CircleTestSupport.postMultipart;
import static jp.manabi.portal.circle.CircleTestSupport.registration;
import static jp.manabi.portal.circle.CircleTestSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.circle.CircleStatus;
import jp.manabi.portal.shared.time.FiscalYear;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.WebSession;

/** Staff review through /admin/circles: approve, ask for changes, suspend; mails and audit entries. */
class CircleReviewFlowTest extends IntegrationTest {

	@Autowired
	CircleRegistrationService registrations;

	@Autowired
	CircleRepository circles;

	@Autowired
	JdbcClient jdbc;

	private WebSession staff() {
		var staff = accounts.staff();
		var session = session();
		session.logIn(staff.email(), staff.password());
		return session;
	}

	private long version(long id) {
		return circles.findById(id).orElseThrow().getVersion();
	}

	private int audits(long id, String action) {
		return jdbc.sql("select count(*) from audit_entry where subject_type = 'circle' and subject_id = ? and action = ?")
				.params(String.valueOf(id), action).query(Integer.class).single();
	}

	@Test
	void staffApproveAndTheLeaderIsMailedAndTheViewAndActionAreAudited() throws Exception {
		var leader = accounts.resident();
		long id = registrations.register(leader.id(), registration("承認の会" + System.nanoTime()));
		var staff = staff();
		var page = staff.get("/admin/circles/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(leader.email());
		assertThat(audits(id, "VIEW")).isEqualTo(1);
		assertThat(staff.get("/admin/circles?tab=new").body()).contains("/admin/circles/" + id);

		var approved = staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/approve",
				Map.of("version", String.valueOf(version(id))));
		assertThat(approved.statusCode()).isEqualTo(302);
		var circle = circles.findById(id).orElseThrow();
		assertThat(circle.getStatus()).isEqualTo(CircleStatus.REGISTERED);
		assertThat(circle.getValidUntil()).isEqualTo(FiscalYear.of(registrations.today()).lastDay());
		assertThat(circle.isListed(registrations.today())).isTrue();
		assertThat(audits(id, "ADMIN")).isEqualTo(1);
		assertThat(Mails.awaitText(greenMail, leader.email(), 2)).contains("承認され");
	}

	@Test
	void aSecondStaffMemberOnAnOldPageGetsAConflict() {
		long id = registrations.register(accounts.resident().id(), registration("競合の会" + System.nanoTime()));
		long seen = version(id);
		var first = staff();
		first.submit("/admin/circles/" + id, "/admin/circles/" + id + "/request-changes",
				Map.of("version", String.valueOf(seen), "comment", "写真を差し替えてください"));
		var second = staff().submit("/admin/circles/" + id, "/admin/circles/" + id + "/approve",
				Map.of("version", String.valueOf(seen)));
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.CHANGES_REQUESTED);
	}

	@Test
	void requestedChangesAreMailedWithTheCommentAndTheLeadersEditResubmits() throws Exception {
		var leader = accounts.resident();
		long id = registrations.register(leader.id(), registration("修正の会" + System.nanoTime()));
		var staff = staff();
		var missing = staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/request-changes",
				Map.of("version", String.valueOf(version(id)), "comment", ""));
		assertThat(missing.statusCode()).isEqualTo(302);
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.PENDING);

		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/request-changes",
				Map.of("version", String.valueOf(version(id)), "comment", "活動場所を詳しく書いてください"));
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.CHANGES_REQUESTED);
		assertThat(Mails.awaitText(greenMail, leader.email(), 2)).contains("活動場所を詳しく書いてください");
		assertThat(audits(id, "ADMIN")).isEqualTo(1);

		var session = session();
		session.logIn(leader.email(), leader.password());
		assertThat(session.get("/mypage/circles").body()).contains("活動場所を詳しく書いてください");
		var form = validForm("修正の会（直し）" + System.nanoTime());
		form.put("version", String.valueOf(version(id)));
		var edit = postMultipart(session, url(""), "/mypage/circles/" + id, "/mypage/circles/" + id + "/edit", form,
				null, null);
		assertThat(edit.statusCode()).isEqualTo(302);
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.PENDING);
	}

	@Test
	void editingARegisteredCircleKeepsItPublicAndQueuesTheChangeForStaff() {
		var leader = accounts.resident();
		long id = registrations.register(leader.id(), registration("事後確認の会" + System.nanoTime()));
		var staff = staff();
		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/approve",
				Map.of("version", String.valueOf(version(id))));
		var session = session();
		session.logIn(leader.email(), leader.password());
		var form = validForm("事後確認の会（変更）" + System.nanoTime());
		form.put("version", String.valueOf(version(id)));
		postMultipart(session, url(""), "/mypage/circles/" + id, "/mypage/circles/" + id + "/edit", form, null, null);
		var circle = circles.findById(id).orElseThrow();
		assertThat(circle.getStatus()).isEqualTo(CircleStatus.REGISTERED);
		assertThat(circle.getChangedAt()).isNotNull();
		assertThat(staff.get("/admin/circles?tab=changes").body()).contains("/admin/circles/" + id);

		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/changes-checked",
				Map.of("version", String.valueOf(version(id))));
		assertThat(circles.findById(id).orElseThrow().getChangedAt()).isNull();
		assertThat(audits(id, "CHANGE")).isEqualTo(1);
	}

	@Test
	void suspendingNeedsAReasonWhichIsMailedAndReinstatingListsItAgain() throws Exception {
		var leader = accounts.resident();
		long id = registrations.register(leader.id(), registration("休止の会" + System.nanoTime()));
		var staff = staff();
		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/approve",
				Map.of("version", String.valueOf(version(id))));
		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/suspend",
				Map.of("version", String.valueOf(version(id)), "reason", " "));
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.REGISTERED);

		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/suspend",
				Map.of("version", String.valueOf(version(id)), "reason", "活動実態が確認できないため"));
		var circle = circles.findById(id).orElseThrow();
		assertThat(circle.getStatus()).isEqualTo(CircleStatus.SUSPENDED);
		assertThat(circle.isListed(registrations.today())).isFalse();
		assertThat(Mails.awaitText(greenMail, leader.email(), 3)).contains("活動実態が確認できないため");

		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/reinstate",
				Map.of("version", String.valueOf(version(id))));
		assertThat(circles.findById(id).orElseThrow().isListed(registrations.today())).isTrue();
		staff.submit("/admin/circles/" + id, "/admin/circles/" + id + "/dissolve",
				Map.of("version", String.valueOf(version(id)), "reason", "代表者からの申し出"));
		assertThat(circles.findById(id).orElseThrow().getStatus()).isEqualTo(CircleStatus.DISSOLVED);
		assertThat(Mails.awaitText(greenMail, leader.email(), 4)).contains("代表者からの申し出");
		assertThat(audits(id, "ADMIN")).isEqualTo(4);
	}
}
