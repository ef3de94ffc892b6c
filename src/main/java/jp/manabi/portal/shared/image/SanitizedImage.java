package jp.manabi.portal.shared.image;

/** A picture as the server re-encoded it: safe to store and to serve with its content type. */
public record SanitizedImage(String contentType, int width, int height, byte[] content) {
}
