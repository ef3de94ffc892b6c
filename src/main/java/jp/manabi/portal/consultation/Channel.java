package jp.manabi.portal.consultation;

/** 窓口 (at a venue), 電話, オンライン (the counselor adds the link). */
public enum Channel {
	COUNTER, PHONE, ONLINE
}
