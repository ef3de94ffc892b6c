package jp.manabi.portal.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.Mails;
import jp.manabi.portal.support.TestAccounts.Created;

/** The rules of applying, inviting, deciding and logging hours, one test per rule. */
class ParticipationServiceTest extends IntegrationTest {

	@Autowired
	ParticipationService participation;

	@Autowired
	WorkTestData data;

	private static CurrentUser user(Created account, Role role) {
		return new CurrentUser(account.id(), account.email(), "試験", null, true, true, Set.of(role));
	}

	private static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (ParticipationRefused refused) {
			return refused.messageKey();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aRegisteredVolunteerAppliesForAnUpcomingShiftAndBothSidesGetMail() throws Exception {
		var staff = accounts.staff();
		var volunteer = accounts.resident();
		long profile = data.registeredProfile(volunteer.id());
		var request = data.staffRequest(staff.id(), "応募の試験 " + System.nanoTime(), 3);

		participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)), "土曜なら行けます");

		var assignment = data.assignmentOf(request.shift(1), profile);
		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.APPLIED);
		assertThat(assignment.getMessage()).isEqualTo("土曜なら行けます");
		assertThat(Mails.awaitText(greenMail, volunteer.email(), 1)).contains("応募を受け付けました");
	}

	@Test
	void aSecondApplicationToTheSameShiftIsRefused() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "二重応募 " + System.nanoTime(), 3);
		participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)), null);

		assertThat(refusal(() -> participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)),
				null))).isEqualTo("volunteer.apply.refused.already");
	}

	@Test
	void aWithdrawnApplicationCanBeMadeAgain() {
		var volunteer = accounts.resident();
		long profile = data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "再応募 " + System.nanoTime(), 3);
		long id = participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)), null).get(0);
		participation.withdraw(id, volunteer.id());
		assertThat(data.status(id)).isEqualTo(AssignmentStatus.WITHDRAWN);

		participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)), "やはり行けます");

		assertThat(data.assignmentOf(request.shift(1), profile).getStatus()).isEqualTo(AssignmentStatus.APPLIED);
		assertThat(data.assignmentOf(request.shift(1), profile).getId()).isEqualTo(id);
	}

	@Test
	void aPastShiftCannotBeAppliedFor() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "過去 " + System.nanoTime(), 3);

		assertThat(refusal(() -> participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(0)),
				null))).isEqualTo("volunteer.apply.refused.past");
	}

	@Test
	void onlyARegisteredProfileMayApply() {
		var volunteer = accounts.resident();
		data.profile(volunteer.id(), false, false);
		var request = data.staffRequest(accounts.staff().id(), "未登録 " + System.nanoTime(), 3);

		assertThat(refusal(() -> participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)),
				null))).isEqualTo("volunteer.apply.refused.notRegistered");
		assertThat(refusal(() -> participation.apply(request.requestId(), accounts.resident().id(),
				List.of(request.shift(1)), null))).isEqualTo("volunteer.apply.refused.notRegistered");
	}

	@Test
	void aClosedRequestTakesNoApplications() {
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());
		var request = data.staffRequest(accounts.staff().id(), "締切 " + System.nanoTime(), 3);
		data.changeStatus(request.requestId(), RequestStatus.CLOSED);

		assertThat(refusal(() -> participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)),
				null))).isEqualTo("volunteer.apply.refused.closed");
	}

	@Test
	void approvingBeyondTheShiftsPlacesIsRefusedAndWithdrawingFreesAPlace() throws Exception {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "定員 " + System.nanoTime(), 1);
		var first = accounts.resident();
		var second = accounts.resident();
		long a = data.assignment(request.shift(1), data.registeredProfile(first.id()), AssignmentStatus.APPLIED, null);
		long b = data.assignment(request.shift(1), data.registeredProfile(second.id()), AssignmentStatus.APPLIED, null);

		participation.approve(request.requestId(), a, user(staff, Role.STAFF));
		assertThat(refusal(() -> participation.approve(request.requestId(), b, user(staff, Role.STAFF))))
				.isEqualTo("volunteer.assign.refused.full");
		assertThat(Mails.awaitText(greenMail, first.email(), 1)).contains("承認されました");

		participation.withdraw(a, first.id());
		participation.approve(request.requestId(), b, user(staff, Role.STAFF));
		assertThat(data.status(b)).isEqualTo(AssignmentStatus.APPROVED);
	}

	@Test
	void anInvitationAcceptedTakesAPlaceAndIsRefusedWhenFull() {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "依頼 " + System.nanoTime(), 1);
		var invitee = accounts.resident();
		var other = accounts.resident();
		long inviteeProfile = data.registeredProfile(invitee.id());
		long otherProfile = data.registeredProfile(other.id());
		long invitation = participation.invite(request.requestId(), inviteeProfile, request.shift(1), "ぜひ",
				user(staff, Role.STAFF));
		long second = participation.invite(request.requestId(), otherProfile, request.shift(1), null,
				user(staff, Role.STAFF));

		participation.accept(invitation, invitee.id());
		assertThat(data.status(invitation)).isEqualTo(AssignmentStatus.APPROVED);
		assertThat(refusal(() -> participation.accept(second, other.id()))).isEqualTo("volunteer.assign.refused.full");
		participation.declineInvitation(second, other.id());
		assertThat(data.status(second)).isEqualTo(AssignmentStatus.DECLINED);
	}

	@Test
	void aVolunteerCannotAnswerAnotherVolunteersInvitation() {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "他人 " + System.nanoTime(), 2);
		var invitee = accounts.resident();
		var stranger = accounts.resident();
		data.registeredProfile(stranger.id());
		long invitation = participation.invite(request.requestId(), data.registeredProfile(invitee.id()),
				request.shift(1), null, user(staff, Role.STAFF));

		assertThatThrownBy(() -> participation.accept(invitation, stranger.id())).isInstanceOf(AssignmentNotFound.class);
		assertThat(data.status(invitation)).isEqualTo(AssignmentStatus.INVITED);
	}

	@Test
	void hoursAreLoggedInQuarterHoursAfterTheShiftBegins() {
		var staff = accounts.staff();
		var request = data.staffRequest(staff.id(), "時間 " + System.nanoTime(), 2);
		var volunteer = accounts.resident();
		long profile = data.registeredProfile(volunteer.id());
		long past = data.assignment(request.shift(0), profile, AssignmentStatus.APPROVED, null);
		long upcoming = data.assignment(request.shift(1), profile, AssignmentStatus.APPROVED, null);
		var coordinator = user(staff, Role.STAFF);

		assertThat(refusal(() -> participation.complete(request.requestId(), past, new BigDecimal("0.1"), coordinator)))
				.isEqualTo("volunteer.assign.refused.hours");
		assertThat(refusal(() -> participation.complete(request.requestId(), past, new BigDecimal("24.25"),
				coordinator))).isEqualTo("volunteer.assign.refused.hours");
		assertThat(refusal(() -> participation.complete(request.requestId(), upcoming, new BigDecimal("2"),
				coordinator))).isEqualTo("volunteer.assign.refused.notYet");

		participation.complete(request.requestId(), past, new BigDecimal("2.75"), coordinator);
		assertThat(data.status(past)).isEqualTo(AssignmentStatus.COMPLETED);
		participation.absent(request.requestId(), past, coordinator);
		assertThat(data.status(past)).isEqualTo(AssignmentStatus.ABSENT);
	}

	@Test
	void anOrganisationIsToldOfApplicationsToItsRequestWithoutTheVolunteersName() throws Exception {
		var orgAccount = accounts.create(Set.of(Role.ORGANISATION));
		long organisation = data.organisation(orgAccount.id(), "区立目白小学校 " + System.nanoTime());
		var request = data.organisationRequest(organisation, orgAccount.id(), "学校の応募通知 " + System.nanoTime());
		var volunteer = accounts.resident();
		data.registeredProfile(volunteer.id());

		participation.apply(request.requestId(), volunteer.id(), List.of(request.shift(1)), null);

		String mail = Mails.awaitText(greenMail, orgAccount.email(), 1);
		assertThat(mail).contains("応募がありました").contains("/partner/requests/" + request.requestId() + "/assignments")
				.doesNotContain(volunteer.email());
	}
}
