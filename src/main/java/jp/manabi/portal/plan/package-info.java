/**
 * The policy plan (計画の体系): Plan → Goal → PolicyDirection → Measure → Action, loaded from
 * {@code db/plans/*.yaml}, browsable by residents and edited by staff. Other modules link their
 * records to plan nodes through {@link jp.manabi.portal.plan.Plans} and show up on a node's page
 * by implementing {@link jp.manabi.portal.plan.PlanLinkSource}.
 */
package jp.manabi.portal.plan;
