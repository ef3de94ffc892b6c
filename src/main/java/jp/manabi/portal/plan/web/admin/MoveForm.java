package jp.manabi.portal.plan.web.admin;

/** Where to move a node: its new parent, one level up. */
public class MoveForm {

	private Long parentId;

	private long version;

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
