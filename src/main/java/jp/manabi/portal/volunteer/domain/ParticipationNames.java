package jp.manabi.portal.volunteer.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.manabi.portal.circle.CircleSummary;
import jp.manabi.portal.circle.Circles;
import jp.manabi.portal.volunteer.AssignmentEvents.Coordinators;
import jp.manabi.portal.volunteer.AssignmentEvents.WorkFacts;

/**
 * Who posted a request, by name (the organisation's or circle's; null for the ward's own, which
 * pages show as the municipality), and whom to tell about its applicants.
 */
@Component
class ParticipationNames {

	private final OrganisationRepository organisations;
	private final Circles circles;

	ParticipationNames(OrganisationRepository organisations, Circles circles) {
		this.organisations = organisations;
		this.circles = circles;
	}

	String organiser(VolunteerRequest request) {
		return switch (request.getPosterKind()) {
			case STAFF -> null;
			case ORGANISATION -> organisations.findById(request.getOrganisationId()).map(Organisation::getName)
					.orElse(null);
			case CIRCLE -> circles.find(request.getCircleId()).map(CircleSummary::name).orElse(null);
		};
	}

	/**
	 * The organisation's account; for a circle, the leader who posted the request while they
	 * still run the circle (the circle module names no other managers to other modules); for
	 * the ward's own requests, the staff address the mail listener is configured with.
	 */
	Coordinators coordinators(VolunteerRequest request) {
		return switch (request.getPosterKind()) {
			case STAFF -> new Coordinators(List.of(), true,
					"/admin/volunteers/requests/" + request.getId() + "/assignments");
			case ORGANISATION -> new Coordinators(organisations.findById(request.getOrganisationId())
					.filter(Organisation::isActive).map(o -> List.of(o.getAccountId())).orElse(List.of()), false,
					"/partner/requests/" + request.getId() + "/assignments");
			case CIRCLE -> new Coordinators(circles.manages(request.getCircleId(), request.getCreatedBy())
					? List.of(request.getCreatedBy()) : List.of(), false, "/mypage/circles/" + request.getCircleId()
							+ "/volunteer-requests/" + request.getId() + "/assignments");
		};
	}

	WorkFacts facts(Shift shift) {
		var request = shift.getRequest();
		return new WorkFacts(request.getId(), request.getTitle(), organiser(request), shift.getShiftDate(),
				shift.getStartsAt(), shift.getEndsAt(), request.getPlace());
	}
}
