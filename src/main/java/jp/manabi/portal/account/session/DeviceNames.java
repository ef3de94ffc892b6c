package jp.manabi.portal.account.session;

/**
 * A short "browser · system" for a User-Agent header, enough for a person to tell their phone's
 * session from their computer's. Proper names only, so nothing to translate; null when neither is
 * recognised (the page then says "unknown device").
 */
final class DeviceNames {

	private DeviceNames() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String browser = browser(userAgent);
		String system = system(userAgent);
		if (browser == null && system == null) {
			return null;
		}
		if (browser == null) {
			return system;
		}
		return system == null ? browser : browser + " · " + system;
	}

	private static String browser(String ua) {
		// Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
		if (ua.contains("Edg/") || ua.contains("Edge/")) {
			return "Edge";
		}
		if (ua.contains("OPR/") || ua.contains("Opera")) {
			return "Opera";
		}
		if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
			return "Firefox";
		}
		if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
			return "Chrome";
		}
		if (ua.contains("Safari/")) {
			return "Safari";
		}
		return null;
	}

	private static String system(String ua) {
		if (ua.contains("iPhone")) {
			return "iPhone";
		}
		if (ua.contains("iPad")) {
			return "iPad";
		}
		if (ua.contains("Android")) {
			return "Android";
		}
		if (ua.contains("Windows")) {
			return "Windows";
		}
		if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
			return "macOS";
		}
		if (ua.contains("CrOS")) {
			return "ChromeOS";
		}
		if (ua.contains("Linux")) {
			return "Linux";
		}
		return null;
	}
}
