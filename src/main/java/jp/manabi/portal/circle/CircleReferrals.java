package jp.manabi.portal.circle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.domain.CircleActivity;
import jp.manabi.portal.circle.domain.CircleRepository;
import jp.manabi.portal.consultation.ReferralTarget;

/** Counselors may refer residents to a circle that is listed publicly (registered and not lapsed). */
@Component
class CircleReferrals implements ReferralTarget {

	private final CircleRepository circles;
	private final Clock clock;

	CircleReferrals(CircleRepository circles, Clock clock) {
		this.circles = circles;
		this.clock = clock;
	}

	@Override
	public Kind kind() {
		return Kind.CIRCLE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> publicTitle(long id) {
		LocalDate today = LocalDate.now(clock.withZone(CircleActivity.ZONE));
		return circles.findById(id).filter(c -> c.isListed(today)).map(c -> c.getName());
	}
}
