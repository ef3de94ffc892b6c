package jp.manabi.portal.consultation.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Japanese public holiday (国民の祝日・休日), from the data file staff keep up to date. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

	@Id
	private LocalDate day;

	private String nameJa;

	private String nameEn;

	protected PublicHoliday() {
	}

	public PublicHoliday(LocalDate day, String nameJa, String nameEn) {
		this.day = day;
		this.nameJa = nameJa;
		this.nameEn = nameEn == null ? "" : nameEn;
	}

	public LocalDate getDay() {
		return day;
	}

	public String getNameJa() {
		return nameJa;
	}

	public String getNameEn() {
		return nameEn;
	}
}
