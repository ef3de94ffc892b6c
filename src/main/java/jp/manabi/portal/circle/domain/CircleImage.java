package jp.manabi.portal.circle.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.manabi.portal.shared.image.SanitizedImage;

/**
 * A picture kept in the database (so every app node serves the same one), only ever as
 * {@link jp.manabi.portal.shared.image.ImageSanitizer} re-encoded it.
 */
@Entity
@Table(name = "circle_image")
public class CircleImage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String contentType;

	private int width;

	private int height;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private long uploadedBy;

	private Instant createdAt = Instant.now();

	protected CircleImage() {
	}

	public CircleImage(SanitizedImage image, long uploadedBy) {
		this.contentType = image.contentType();
		this.width = image.width();
		this.height = image.height();
		this.content = image.content();
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return id;
	}

	public String getContentType() {
		return contentType;
	}

	public int getWidth() {
		return width;
	}

	public int getHeight() {
		return height;
	}

	public byte[] getContent() {
		return content;
	}

	public long getUploadedBy() {
		return uploadedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
