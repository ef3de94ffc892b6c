package jp.manabi.portal.consultation.web.counselor;

import jakarta.validation.constraints.Size;

/** The private notes; {@code version} is the outcome's version the page was read at (empty before the first save). */
public class NotesForm {

	private Long version;

	@Size(max = 5000)
	private String notes;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
