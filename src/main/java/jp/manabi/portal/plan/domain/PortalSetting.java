package jp.manabi.portal.plan.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting an administrator changes at run time; configuration supplies its default. */
@Entity
@Table(name = "portal_setting")
class PortalSetting {

	@Id
	@Column(name = "setting_key")
	private String key;

	@Column(name = "setting_value")
	private String value;

	private Instant updatedAt = Instant.now();

	protected PortalSetting() {
	}

	PortalSetting(String key, String value) {
		this.key = key;
		this.value = value;
	}

	void change(String newValue) {
		value = newValue;
		updatedAt = Instant.now();
	}

	String getValue() {
		return value;
	}
}
