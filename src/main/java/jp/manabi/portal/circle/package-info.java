/**
 * Learning circles and groups (サークル・団体): registration and review, their people (leader,
 * co-leaders, members), activities and public events with sign-ups, activity reports that count
 * toward the plan, join requests with message threads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Circles")
package jp.manabi.portal.circle;
