package jp.manabi.portal.report.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report module.
 *
 * @param publicMinimum the smallest count residents see as a number: smaller counts read "fewer
 *        than N", and rates, means and sums taken over such a count are not shown either
 */
@ConfigurationProperties("portal.report")
public record ReportProperties(@DefaultValue("5") int publicMinimum) {
}
