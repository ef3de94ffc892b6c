package jp.manabi.portal.consultation.web.admin;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.consultation.domain.Counselor;
import jp.manabi.portal.shared.validation.PlainText;

/** Appoint (email of a COUNSELOR account) or change a counselor: the name residents see, topics, active. */
public class CounselorForm {

	private Long version;

	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String displayName;

	private Set<Long> topicIds = new LinkedHashSet<>();

	private boolean active = true;

	static CounselorForm of(Counselor counselor) {
		var form = new CounselorForm();
		form.version = counselor.getVersion();
		form.displayName = counselor.getDisplayName();
		form.topicIds = new LinkedHashSet<>(counselor.getTopicIds());
		form.active = counselor.isActive();
		return form;
	}

	Set<Long> topics() {
		return topicIds == null ? Set.of() : topicIds;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Long> getTopicIds() {
		return topicIds;
	}

	public void setTopicIds(Set<Long> topicIds) {
		this.topicIds = topicIds;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
