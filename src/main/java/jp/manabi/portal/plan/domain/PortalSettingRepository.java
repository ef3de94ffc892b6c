package jp.manabi.portal.plan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalSettingRepository extends JpaRepository<PortalSetting, String> {
}
