package jp.manabi.portal.volunteer.domain;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.circle.Circles;

/**
 * Who may run a request (see its applicants, approve, invite, log hours): staff for every request,
 * an organisation's account for that organisation's requests, a circle's leaders for the circle's.
 * Everyone else is told the request does not exist.
 */
@Service
@Transactional(readOnly = true)
public class RequestCoordinators {

	private final VolunteerRequestRepository requests;
	private final OrganisationRepository organisations;
	private final Circles circles;

	RequestCoordinators(VolunteerRequestRepository requests, OrganisationRepository organisations, Circles circles) {
		this.requests = requests;
		this.organisations = organisations;
		this.circles = circles;
	}

	public boolean mayCoordinate(VolunteerRequest request, CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		return switch (request.getPosterKind()) {
			case STAFF -> false;
			case ORGANISATION -> user.hasRole(Role.ORGANISATION) && organisations.findByAccountId(user.accountId())
					.filter(Organisation::isActive)
					.map(o -> o.getId().equals(request.getOrganisationId())).orElse(false);
			case CIRCLE -> circles.manages(request.getCircleId(), user.accountId());
		};
	}

	/** The request if the user may run it; otherwise empty, as if it did not exist. */
	public Optional<VolunteerRequest> findCoordinated(long requestId, CurrentUser user) {
		return requests.findById(requestId).filter(r -> mayCoordinate(r, user));
	}
}
