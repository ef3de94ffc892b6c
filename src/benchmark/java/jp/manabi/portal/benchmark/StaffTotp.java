package jp.manabi.portal.benchmark;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The second step of a staff login: an RFC 6238 one-time code (HMAC-SHA-1, 30-second steps, six
 * digits) of the base32 secret the demo and benchmark staff are enrolled with
 * ({@code MANABIDEMOSTAFFTWOFACTOR}, docs/benchmarks.md), as an authenticator app would show it.
 */
final class StaffTotp {

	static final String SECRET = System.getProperty("benchmark.totpSecret", "MANABIDEMOSTAFFTWOFACTOR");

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private StaffTotp() {
	}

	/** The code for now. */
	static String now() {
		return code(SECRET, System.currentTimeMillis() / 1000 / 30);
	}

	static String code(String base32Secret, long step) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] decode(String base32) {
		String text = base32.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
		var out = new byte[text.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : text.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

	/** Checks the RFC 6238 test vector (SHA-1, T = 59 s): {@code java StaffTotp} prints "287082 ok". */
	public static void main(String[] args) {
		// The RFC's secret "12345678901234567890" in base32.
		String code = code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59 / 30);
		System.out.println(code + (code.equals("287082") ? " ok" : " WRONG"));
	}
}
