/**
 * Learning consultations (学習相談): topics, counselors' weekly hours and exceptions, free slots,
 * bookings that can never overlap for one counselor, outcomes with private notes and referrals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package jp.manabi.portal.consultation;
