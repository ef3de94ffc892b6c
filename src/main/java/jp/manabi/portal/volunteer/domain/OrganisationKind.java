package jp.manabi.portal.volunteer.domain;

/** 学校, NPO・市民団体, 公共施設, 企業, その他. */
public enum OrganisationKind {
	SCHOOL, NPO, PUBLIC, COMPANY, OTHER
}
