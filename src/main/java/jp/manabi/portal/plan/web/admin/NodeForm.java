package jp.manabi.portal.plan.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.plan.domain.NodeContent;
import jp.manabi.portal.plan.domain.NodeView;
import jp.manabi.portal.shared.validation.PlainText;

/** The texts of a node as staff edit them. */
public class NodeForm {

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String title;

	@Size(max = 20_000)
	private String description;

	@Size(max = 20_000)
	private String currentIssues;

	@Size(max = 20_000)
	private String futureVision;

	@Size(max = 1_000)
	private String roleCitizen;

	@Size(max = 1_000)
	private String roleCommunity;

	@Size(max = 1_000)
	private String roleGovernment;

	/** The version the staff member edited, so a save over someone else's change is refused. */
	private long version;

	static NodeForm of(NodeView node) {
		var form = new NodeForm();
		form.fill(node);
		return form;
	}

	void fill(NodeView node) {
		NodeContent content = node.content();
		title = content.title();
		description = content.description();
		currentIssues = content.currentIssues();
		futureVision = content.futureVision();
		roleCitizen = content.roleCitizen();
		roleCommunity = content.roleCommunity();
		roleGovernment = content.roleGovernment();
		version = node.version();
	}

	/** Browsers send line breaks of a textarea as CRLF; plan texts (and files) use LF. */
	NodeContent toContent() {
		return new NodeContent(title, lf(description), lf(currentIssues), lf(futureVision), lf(roleCitizen),
				lf(roleCommunity), lf(roleGovernment));
	}

	static String lf(String text) {
		return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCurrentIssues() {
		return currentIssues;
	}

	public void setCurrentIssues(String currentIssues) {
		this.currentIssues = currentIssues;
	}

	public String getFutureVision() {
		return futureVision;
	}

	public void setFutureVision(String futureVision) {
		this.futureVision = futureVision;
	}

	public String getRoleCitizen() {
		return roleCitizen;
	}

	public void setRoleCitizen(String roleCitizen) {
		this.roleCitizen = roleCitizen;
	}

	public String getRoleCommunity() {
		return roleCommunity;
	}

	public void setRoleCommunity(String roleCommunity) {
		this.roleCommunity = roleCommunity;
	}

	public String getRoleGovernment() {
		return roleGovernment;
	}

	public void setRoleGovernment(String roleGovernment) {
		this.roleGovernment = roleGovernment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
