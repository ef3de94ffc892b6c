package jp.manabi.portal.circle.domain;

/** What a circle's fee is per: 月額, 年額, 1回. */
public enum FeePeriod {
	MONTH, YEAR, SESSION
}
