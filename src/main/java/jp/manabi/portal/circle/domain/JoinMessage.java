package jp.manabi.portal.circle.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in a join request's thread, from the resident or from one of the circle's managers. */
@Entity
@Table(name = "circle_join_message")
public class JoinMessage {

	public static final int MAX_BODY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long requestId;

	private long authorId;

	private String body;

	private Instant createdAt;

	protected JoinMessage() {
	}

	JoinMessage(long requestId, long authorId, String body, Instant at) {
		this.requestId = requestId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public long getAuthorId() {
		return authorId;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
