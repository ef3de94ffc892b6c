package jp.manabi.portal.config;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jp.manabi.portal.shared.Languages;

/**
 * Language: the cookie set by the 日本語/English switch wins, then the browser's
 * Accept-Language, then Japanese.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "portal-lang";

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Languages.supported(super.resolveLocale(request));
			}
		};
		resolver.setDefaultLocaleFunction(WebConfig::fromAcceptLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var languageSwitch = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				return Languages.fromTag(value);
			}
		};
		languageSwitch.setParamName("lang");
		languageSwitch.setHttpMethods("GET");
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(new PageUrlInterceptor());
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		var ranges = request.getHeaders("Accept-Language");
		while (ranges.hasMoreElements()) {
			try {
				var best = Locale.lookup(Locale.LanguageRange.parse(ranges.nextElement()), Languages.SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException malformed) {
				// A malformed header counts as no preference.
			}
		}
		return Languages.JAPANESE;
	}
}
