package jp.manabi.portal.circle.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.circle.CircleSummary;
import jp.manabi.portal.circle.Circles;

@Service
@Transactional(readOnly = true)
class CircleDirectory implements Circles {

	private final CircleRepository circles;
	private final CircleMemberRepository members;

	CircleDirectory(CircleRepository circles, CircleMemberRepository members) {
		this.circles = circles;
		this.members = members;
	}

	@Override
	public Optional<CircleSummary> find(long circleId) {
		return circles.findById(circleId).map(CircleDirectory::summary);
	}

	@Override
	public List<CircleSummary> managedBy(long accountId) {
		return circles.findManagedBy(accountId).stream().map(CircleDirectory::summary).toList();
	}

	@Override
	public boolean manages(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).map(m -> m.getRole().manages()).orElse(false);
	}

	@Override
	public Optional<CircleSummary> findByName(String name) {
		return circles.findFirstByName(name).map(CircleDirectory::summary);
	}

	private static CircleSummary summary(Circle circle) {
		return new CircleSummary(circle.getId(), circle.getName(), circle.getStatus());
	}
}
