package jp.manabi.portal.volunteer.domain;

/** 登録申請 → 登録 / 差戻し; a volunteer may also withdraw from the bank. */
public enum ProfileStatus {
	APPLIED, REGISTERED, RETURNED, WITHDRAWN
}
