package jp.manabi.portal.course.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.manabi.portal.course.domain.Venue;
import jp.manabi.portal.course.domain.VenueService.VenueDetails;
import jp.manabi.portal.shared.validation.PlainText;

/** A venue as staff enter it. Lengths follow the columns of V20__course_tables.sql. */
public class VenueForm {

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String name;

	@Size(max = 200)
	@PlainText
	private String nameEn;

	@Size(max = 100)
	@PlainText
	private String room;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String address;

	@Size(max = 1000)
	private String access;

	@Size(max = 1000)
	private String barrierFreeNotes;

	@NotBlank
	private String areaCode;

	private Long version;

	static VenueForm of(Venue venue) {
		var form = new VenueForm();
		form.name = venue.getName();
		form.nameEn = venue.getNameEn();
		form.room = venue.getRoom();
		form.address = venue.getAddress();
		form.access = venue.getAccess();
		form.barrierFreeNotes = venue.getBarrierFreeNotes();
		form.areaCode = venue.getAreaCode();
		form.version = venue.getVersion();
		return form;
	}

	VenueDetails toDetails() {
		return new VenueDetails(name, nameEn, room, address, access, barrierFreeNotes, areaCode);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getRoom() {
		return room;
	}

	public void setRoom(String room) {
		this.room = room;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAccess() {
		return access;
	}

	public void setAccess(String access) {
		this.access = access;
	}

	public String getBarrierFreeNotes() {
		return barrierFreeNotes;
	}

	public void setBarrierFreeNotes(String barrierFreeNotes) {
		this.barrierFreeNotes = barrierFreeNotes;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
