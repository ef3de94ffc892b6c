package jp.manabi.portal.plan.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans for pages and exports. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final PlanRepository plans;
	private final PlanNodeRepository nodes;
	private final PlanIndicatorRepository indicators;
	private final PlanSettings settings;

	PlanQueries(PlanRepository plans, PlanNodeRepository nodes, PlanIndicatorRepository indicators,
			PlanSettings settings) {
		this.plans = plans;
		this.nodes = nodes;
		this.indicators = indicators;
		this.settings = settings;
	}

	public List<PlanSummary> summaries() {
		String active = settings.activePlanCode();
		return plans.findAllByOrderByCodeAsc().stream()
				.map(p -> new PlanSummary(p.getId(), p.getVersion(), p.getCode(), p.getTitle(), p.getMunicipality(),
						p.getMunicipalityEn(), p.getStatus(), p.getCode().equals(active), nodes.countActive(p.getId())))
				.toList();
	}

	/** Any plan, drafts included: for staff. */
	public Optional<PlanTree> tree(String code) {
		return plans.findByCode(code).map(this::load);
	}

	/** A plan residents may see: never a draft. */
	public Optional<PlanTree> publicTree(String code) {
		return plans.findByCode(code).filter(p -> p.getStatus().isPublic()).map(this::load);
	}

	/** The portal's active plan, if it is loaded and public. */
	public Optional<PlanTree> activeTree() {
		return publicTree(settings.activePlanCode());
	}

	public String activePlanCode() {
		return settings.activePlanCode();
	}

	private PlanTree load(Plan plan) {
		return PlanTree.build(plan, nodes.findAllOfPlan(plan.getId()), indicators.findAllOfPlan(plan.getId()));
	}
}
