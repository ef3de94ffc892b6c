package jp.manabi.portal.shared.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageSanitizerTest {

	@Test
	void aJpegIsReencodedWithoutWhatFollowedOrPrecededItsPixels() throws Exception {
		byte[] jpeg = picture("jpeg", 40, 30);
		// An Exif-like APP1 segment with a GPS note right after SOI, and a script appended after EOI.
		byte[] app1 = "\u00ff\u00e1\u0000\u0016Exif\u0000\u0000GPS 35.7N 139.7E".getBytes(StandardCharsets.ISO_8859_1);
		byte[] tail = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
		var crafted = new ByteArrayOutputStream();
		crafted.write(jpeg, 0, 2);
		crafted.write(app1);
		crafted.write(jpeg, 2, jpeg.length - 2);
		crafted.write(tail);

		SanitizedImage image = ImageSanitizer.sanitize(crafted.toByteArray());

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(40);
		String written = new String(image.content(), StandardCharsets.ISO_8859_1);
		assertThat(written).doesNotContain("GPS").doesNotContain("Exif").doesNotContain("script");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.content()))).isNotNull();
	}

	@Test
	void aPngStaysAPngAndALargeOneIsScaledDown() throws Exception {
		SanitizedImage image = ImageSanitizer.sanitize(picture("png", 3200, 800));

		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.width()).isEqualTo(ImageSanitizer.MAX_EDGE);
		assertThat(image.height()).isEqualTo(400);
	}

	@Test
	void htmlOrSvgIsRefusedWhateverItIsCalled() {
		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImageSanitizer.sanitize(html)).isInstanceOf(ImageRejected.class)
				.extracting(e -> ((ImageRejected) e).messageKey()).isEqualTo("image.notJpegOrPng");
		assertThatThrownBy(() -> ImageSanitizer.sanitize(svg)).isInstanceOf(ImageRejected.class)
				.extracting(e -> ((ImageRejected) e).messageKey()).isEqualTo("image.notJpegOrPng");
	}

	@Test
	void aFileThatOnlyStartsLikeAJpegIsRefused() {
		byte[] fake = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, '<', 'h', 't', 'm', 'l', '>' };

		assertThatThrownBy(() -> ImageSanitizer.sanitize(fake)).isInstanceOf(ImageRejected.class)
				.extracting(e -> ((ImageRejected) e).messageKey()).isEqualTo("image.unreadable");
	}

	@Test
	void tooLargeAndEmptyUploadsAreRefused() {
		assertThatThrownBy(() -> ImageSanitizer.sanitize(new byte[ImageSanitizer.MAX_UPLOAD_BYTES + 1]))
				.extracting(e -> ((ImageRejected) e).messageKey()).isEqualTo("image.tooLarge");
		assertThatThrownBy(() -> ImageSanitizer.sanitize(new byte[0]))
				.extracting(e -> ((ImageRejected) e).messageKey()).isEqualTo("image.empty");
	}

	static byte[] picture(String format, int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
