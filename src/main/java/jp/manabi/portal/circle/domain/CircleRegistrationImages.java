package jp.manabi.portal.circle.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a stored picture: anyone, when it is the image of a circle listed publicly; staff;
 * and the leaders of the circle it belongs to (its image, or an activity report's photo).
 */
@Service
@Transactional(readOnly = true)
public class CircleRegistrationImages {

	private final CircleImageRepository images;
	private final CircleMemberRepository members;
	private final EntityManager entityManager;

	CircleRegistrationImages(CircleImageRepository images, CircleMemberRepository members,
			EntityManager entityManager) {
		this.images = images;
		this.members = members;
		this.entityManager = entityManager;
	}

	/** The circle whose image (or report photo) this is, when the viewer may see it; else nothing. */
	public Optional<Viewable> viewable(long imageId, Long accountId, boolean staff, LocalDate today) {
		var image = images.findById(imageId);
		if (image.isEmpty()) {
			return Optional.empty();
		}
		List<Circle> owners = entityManager.createQuery("select c from Circle c where c.imageId = :id", Circle.class)
				.setParameter("id", imageId).getResultList();
		List<Long> reportCircles = entityManager
				.createQuery("select r.circle.id from ActivityReport r where r.imageId = :id", Long.class)
				.setParameter("id", imageId).getResultList();
		long circleId = !owners.isEmpty() ? owners.get(0).getId() : !reportCircles.isEmpty() ? reportCircles.get(0) : 0;
		boolean allowed = staff || owners.stream().anyMatch(c -> c.isListed(today))
				|| (accountId != null && (owners.stream().anyMatch(c -> manages(c.getId(), accountId))
						|| reportCircles.stream().anyMatch(id -> manages(id, accountId))));
		return allowed ? Optional.of(new Viewable(image.get(), circleId)) : Optional.empty();
	}

	public record Viewable(CircleImage image, long circleId) {
	}

	private boolean manages(long circleId, long accountId) {
		return members.findByCircleIdAndAccountId(circleId, accountId).map(m -> m.getRole().manages()).orElse(false);
	}
}
