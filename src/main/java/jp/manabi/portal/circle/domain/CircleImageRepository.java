package jp.manabi.portal.circle.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CircleImageRepository extends JpaRepository<CircleImage, Long> {
}
