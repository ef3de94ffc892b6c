package jp.manabi.portal.course.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VenueRepository extends JpaRepository<Venue, Long> {

	List<Venue> findAllByOrderByNameAscRoomAsc();
}
