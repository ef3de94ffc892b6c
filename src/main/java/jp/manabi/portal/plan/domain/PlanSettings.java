package jp.manabi.portal.plan.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which plan the portal works to: an administrator's choice, else the configured default. */
@Service
@Transactional
public class PlanSettings {

	static final String ACTIVE_PLAN = "plan.active";

	private final PortalSettingRepository settings;
	private final PlanRepository plans;
	private final PlanProperties properties;

	PlanSettings(PortalSettingRepository settings, PlanRepository plans, PlanProperties properties) {
		this.settings = settings;
		this.plans = plans;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public String activePlanCode() {
		return settings.findById(ACTIVE_PLAN).map(PortalSetting::getValue).orElse(properties.activeCode());
	}

	/** Only a plan residents can see may be the portal's plan. */
	public void setActivePlan(String code) {
		var plan = plans.findByCode(code).orElseThrow(() -> new PlanEditRefusedException("plan.active.error.unknown"));
		if (!plan.getStatus().isPublic()) {
			throw new PlanEditRefusedException("plan.active.error.draft");
		}
		settings.findById(ACTIVE_PLAN).ifPresentOrElse(setting -> {
			if (!setting.getValue().equals(code)) {
				setting.change(code);
			}
		}, () -> settings.save(new PortalSetting(ACTIVE_PLAN, code)));
	}
}
