package jp.manabi.portal.course.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff keep the list of venues; courses choose from it. */
@Service
@Transactional
public class VenueService {

	/** Everything staff set on a venue. */
	public record VenueDetails(String name, String nameEn, String room, String address, String access,
			String barrierFreeNotes, String areaCode) {
	}

	private final VenueRepository venues;
	private final EntityManager entityManager;

	VenueService(VenueRepository venues, EntityManager entityManager) {
		this.venues = venues;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<Venue> all() {
		return venues.findAllByOrderByNameAscRoomAsc();
	}

	@Transactional(readOnly = true)
	public Optional<Venue> find(long id) {
		return venues.findById(id);
	}

	public long create(VenueDetails details) {
		checkUnique(details, null);
		var venue = new Venue(details.name(), details.nameEn(), details.room(), details.address(), details.access(),
				details.barrierFreeNotes(), details.areaCode());
		return venues.save(venue).getId();
	}

	public void update(long venueId, long expectedVersion, VenueDetails details) {
		var venue = venues.findById(venueId).orElseThrow();
		if (venue.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Venue.class, venueId);
		}
		checkUnique(details, venueId);
		venue.update(details.name(), details.nameEn(), details.room(), details.address(), details.access(),
				details.barrierFreeNotes(), details.areaCode());
		// Courses embed their venue's name and area in the search index, and the mapping does not
		// follow changes of the venue itself (SHALLOW): reindex them here.
		var indexing = Search.session(entityManager).indexingPlan();
		entityManager.createQuery("select c from Course c where c.venue.id = :id", Course.class)
				.setParameter("id", venueId).getResultList().forEach(indexing::addOrUpdate);
	}

	/**
	 * The database's unique (name, room) lets two rows without a room through (nulls are distinct),
	 * so the same facility entered twice is caught here.
	 */
	private void checkUnique(VenueDetails details, Long self) {
		boolean taken = entityManager.createQuery("select v from Venue v where v.name = :name", Venue.class)
				.setParameter("name", details.name()).getResultList().stream()
				.anyMatch(v -> !v.getId().equals(self) && Objects.equals(v.getRoom(), details.room()));
		if (taken) {
			throw new CourseRuleViolation("name", "course.rule.venueTaken");
		}
	}
}
