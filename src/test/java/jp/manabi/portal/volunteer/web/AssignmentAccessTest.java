package jp.manabi.portal.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.circle.domain.ActivityTestCircles;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts.Created;
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.AssignmentStatus;
import jp.manabi.portal.volunteer.domain.WorkTestData;

/**
 * Who sees which applicants, and what of them: a test per rule. Organisations see only their own
 * requests and only what volunteers made public; staff see contact details and the view is
 * audited; ids tampered with change nothing.
 */
class AssignmentAccessTest extends IntegrationTest {

	@Autowired
	WorkTestData data;

	@Autowired
	ActivityTestCircles circles;

	@Autowired
	JdbcClient jdbc;

	record Org(Created account, long organisationId, WorkTestData.Posted request) {
	}

	private Org organisationWithRequest() {
		var account = accounts.create(Set.of(Role.ORGANISATION));
		long organisation = data.organisation(account.id(), "区立小学校 " + System.nanoTime());
		return new Org(account, organisation,
				data.organisationRequest(organisation, account.id(), "授業の手伝い " + System.nanoTime()));
	}

	private WebSession logIn(Created account) {
		var web = session();
		web.logIn(account.email(), account.password());
		return web;
	}

	@Test
	void anOrganisationCannotOpenAnotherOrganisationsApplicants() {
		var a = organisationWithRequest();
		var b = organisationWithRequest();
		var web = logIn(a.account());

		assertThat(web.get("/partner/requests/" + a.request().requestId() + "/assignments").statusCode()).isEqualTo(200);
		assertThat(web.get("/partner/requests/" + b.request().requestId() + "/assignments").statusCode()).isEqualTo(404);
		var staffRequest = data.staffRequest(accounts.staff().id(), "区の募集 " + System.nanoTime(), 2);
		assertThat(web.get("/partner/requests/" + staffRequest.requestId() + "/assignments").statusCode())
				.isEqualTo(404);
	}

	@Test
	void anOrganisationSeesOnlyWhatTheVolunteerMadePublic() {
		var org = organisationWithRequest();
		var hidden = accounts.resident();
		var named = accounts.resident();
		long hiddenProfile = data.profile(hidden.id(), false, true);
		data.assignment(org.request().shift(1), hiddenProfile, AssignmentStatus.APPLIED, null);
		data.assignment(org.request().shift(1), data.profile(named.id(), true, true), AssignmentStatus.APPLIED, null);

		String page = logIn(org.account()).get("/partner/requests/" + org.request().requestId() + "/assignments").body();

		assertThat(page).contains("登録者 No." + hiddenProfile).contains("英語").contains("よろしくお願いします");
		assertThat(page).doesNotContain(hidden.email()).doesNotContain(named.email())
				.doesNotContain("非公開の得意分野").doesNotContain("非公開の経験").doesNotContain("目白");
		// Only the volunteer who chose to show their name is named (heading and two button labels); the other never.
		assertThat(page.split("試験 太郎", -1).length - 1).isEqualTo(3);
	}

	@Test
	void anOrganisationCannotApproveOnAnotherRequestByChangingIds() {
		var a = organisationWithRequest();
		var b = organisationWithRequest();
		var volunteer = accounts.resident();
		long others = data.assignment(b.request().shift(1), data.registeredProfile(volunteer.id()),
				AssignmentStatus.APPLIED, null);
		var web = logIn(a.account());
		String ownPage = "/partner/requests/" + a.request().requestId() + "/assignments";

		var viaOwnRequest = web.submit(ownPage, ownPage + "/" + others + "/approve", Map.of());
		var viaTheirs = web.submit(ownPage,
				"/partner/requests/" + b.request().requestId() + "/assignments/" + others + "/approve", Map.of());

		assertThat(viaOwnRequest.statusCode()).isEqualTo(404);
		assertThat(viaTheirs.statusCode()).isEqualTo(404);
		assertThat(data.status(others)).isEqualTo(AssignmentStatus.APPLIED);
	}

	@Test
	void aCircleLeaderSeesTheirCirclesRequestOnlyUnderThatCircle() {
		var leader = accounts.resident();
		long circle = circles.registered(leader.id(), "英語で遊ぶ会 " + System.nanoTime());
		long otherCircle = circles.registered(leader.id(), "別の会 " + System.nanoTime());
		var request = data.circleRequest(circle, leader.id(), "サークルの募集 " + System.nanoTime());
		var web = logIn(leader);

		assertThat(web.get("/mypage/circles/" + circle + "/volunteer-requests/" + request.requestId() + "/assignments")
				.statusCode()).isEqualTo(200);
		assertThat(web.get("/mypage/circles/" + otherCircle + "/volunteer-requests/" + request.requestId()
				+ "/assignments").statusCode()).isEqualTo(404);
		assertThat(logIn(accounts.resident()).get("/mypage/circles/" + circle + "/volunteer-requests/"
				+ request.requestId() + "/assignments").statusCode()).isEqualTo(404);
	}

	@Test
	void staffSeeNameAndContactAndTheViewIsAudited() {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "区の募集 " + System.nanoTime(), 2);
		var volunteer = accounts.resident();
		data.assignment(request.shift(1), data.registeredProfile(volunteer.id()), AssignmentStatus.APPLIED, null);

		String page = logIn(staff).get("/admin/volunteers/requests/" + request.requestId() + "/assignments").body();

		assertThat(page).contains(volunteer.email()).contains("試験 太郎").contains("非公開の得意分野");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_account_id = ? and action = 'VIEW' and subject_type = 'volunteer_assignment'")
				.param(staff.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void residentsCannotOpenTheStaffOrPartnerPages() {
		var request = data.staffRequest(accounts.staff().id(), "区の募集 " + System.nanoTime(), 2);
		var web = logIn(accounts.resident());

		assertThat(web.get("/admin/volunteers/requests/" + request.requestId() + "/assignments").statusCode())
				.isEqualTo(403);
		assertThat(web.get("/partner/requests/" + request.requestId() + "/assignments").statusCode()).isEqualTo(403);
	}

	@Test
	void aVolunteerCannotWithdrawAnotherVolunteersPlace() {
		var request = data.staffRequest(accounts.staff().id(), "取下げ " + System.nanoTime(), 2);
		var owner = accounts.resident();
		long assignment = data.assignment(request.shift(1), data.registeredProfile(owner.id()),
				AssignmentStatus.APPROVED, null);
		var stranger = accounts.resident();
		data.registeredProfile(stranger.id());
		var web = logIn(stranger);

		var response = web.submit("/mypage/volunteer/work", "/mypage/volunteer/work/" + assignment + "/withdraw",
				Map.of());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(data.status(assignment)).isEqualTo(AssignmentStatus.APPROVED);
	}
}
