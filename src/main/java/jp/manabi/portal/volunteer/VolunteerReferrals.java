package jp.manabi.portal.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.consultation.ReferralTarget;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.VolunteerRequest;
import jp.manabi.portal.volunteer.domain.VolunteerRequestRepository;

/** Counselors may refer residents to a volunteer request that is open for applications now. */
@Component
class VolunteerReferrals implements ReferralTarget {

	private final VolunteerRequestRepository requests;
	private final Clock clock;

	VolunteerReferrals(VolunteerRequestRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public Kind kind() {
		return Kind.VOLUNTEER_REQUEST;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> publicTitle(long id) {
		LocalDate today = LocalDate.now(clock.withZone(RequestService.ZONE));
		return requests.findById(id).filter(r -> r.isOpen(today)).map(VolunteerRequest::getTitle);
	}
}
