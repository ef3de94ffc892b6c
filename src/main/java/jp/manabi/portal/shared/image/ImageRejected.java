package jp.manabi.portal.shared.image;

/**
 * An upload that is not a picture the portal accepts. {@code messageKey} says why, in words for
 * the form: not JPEG/PNG by its content, too large, or undecodable.
 */
public class ImageRejected extends Exception {

	private final String messageKey;

	public ImageRejected(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
