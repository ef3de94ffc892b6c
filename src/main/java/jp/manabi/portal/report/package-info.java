/**
 * Progress management (進行管理): the active plan measured by what happened in the portal. Rolls
 * the courses, circles, volunteering, consultations and course proposals up the plan's tree per
 * fiscal year by SQL over their {@code *_plan_scope} tables, keeps the figures of finished years
 * as snapshots, fills indicators bound to a figure, and shows them to staff (dashboard, drill-down,
 * CSV/xlsx, printable report) and residents (a node's figures, small counts suppressed).
 *
 * <p>Reads the other modules' tables with SQL; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress management")
package jp.manabi.portal.report;
