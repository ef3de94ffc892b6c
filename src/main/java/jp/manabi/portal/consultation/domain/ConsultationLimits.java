package jp.manabi.portal.consultation.domain;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many consultations one resident may have booked and not yet held at once
 * (PORTAL_CONSULTATION_LIMITS_OPEN_BOOKINGS). Bookings staff make for a caller are not limited.
 */
@Validated
@ConfigurationProperties("portal.consultation.limits")
public record ConsultationLimits(@DefaultValue("3") @Min(1) int openBookings) {
}
