package jp.manabi.portal.shared.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into a picture safe to keep and show. The type is judged by the bytes, never
 * by the file name or the browser's claim, so an HTML or SVG file named photo.jpg is refused. The
 * picture is decoded and drawn again into a fresh image, which leaves behind everything but the
 * pixels: Exif (with its GPS position), comments, anything appended to the file.
 */
public final class ImageSanitizer {

	public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

	/** Larger pictures are scaled down; a phone photo needs no more on a web page. */
	public static final int MAX_EDGE = 1600;

	/** Refused before decoding: a small file can claim a huge canvas (a decompression bomb). */
	private static final int MAX_SOURCE_EDGE = 10_000;

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private ImageSanitizer() {
	}

	public static SanitizedImage sanitize(byte[] upload) throws ImageRejected {
		if (upload == null || upload.length == 0) {
			throw new ImageRejected("image.empty");
		}
		if (upload.length > MAX_UPLOAD_BYTES) {
			throw new ImageRejected("image.tooLarge");
		}
		boolean png = startsWith(upload, PNG_MAGIC);
		if (!png && !startsWith(upload, JPEG_MAGIC)) {
			throw new ImageRejected("image.notJpegOrPng");
		}
		BufferedImage source = decode(upload, png ? "png" : "jpeg");
		BufferedImage redrawn = redraw(source, png);
		try {
			byte[] content = png ? writePng(redrawn) : writeJpeg(redrawn);
			return new SanitizedImage(png ? "image/png" : "image/jpeg", redrawn.getWidth(), redrawn.getHeight(), content);
		}
		catch (IOException e) {
			throw new ImageRejected("image.unreadable");
		}
	}

	private static boolean startsWith(byte[] data, byte[] magic) {
		return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
	}

	private static BufferedImage decode(byte[] upload, String format) throws ImageRejected {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			var readers = ImageIO.getImageReadersByFormatName(format);
			if (input == null || !readers.hasNext()) {
				throw new ImageRejected("image.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if (reader.getWidth(0) > MAX_SOURCE_EDGE || reader.getHeight(0) > MAX_SOURCE_EDGE) {
					throw new ImageRejected("image.tooLarge");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			// A truncated or crafted file makes the decoders throw all kinds of things.
			throw new ImageRejected("image.unreadable");
		}
	}

	private static BufferedImage redraw(BufferedImage source, boolean keepAlpha) {
		double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		var target = new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!keepAlpha) {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, width, height);
			}
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] writePng(BufferedImage image) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] writeJpeg(BufferedImage image) throws IOException {
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
