package jp.manabi.portal.course.domain;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-resident limits, set per municipality (PORTAL_COURSE_LIMITS_*): how many lotteries one
 * person may enter in a calendar month, and how many applications for courses not yet started
 * they may hold at once. Staff applications taken at the counter are not limited.
 */
@Validated
@ConfigurationProperties("portal.course.limits")
public record ApplicationLimits(@DefaultValue("5") @Min(1) int lotteryEntriesPerMonth,
		@DefaultValue("10") @Min(1) int openApplications) {
}
