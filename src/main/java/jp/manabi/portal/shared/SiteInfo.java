package jp.manabi.portal.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the layout and mail say about the site. Templates reach it as {@code @site}, which
 * also works on error pages, where no controller adds model attributes.
 */
@Component("site")
public class SiteInfo {

	private final MunicipalityProperties municipality;
	private final MessageSource messages;

	SiteInfo(MunicipalityProperties municipality, MessageSource messages) {
		this.municipality = municipality;
		this.messages = messages;
	}

	public String municipalityName(Locale locale) {
		return municipality.name(locale);
	}

	/** e.g. 「豊島区 まなびポータル」 / "Toshima City Manabi Portal". */
	public String title(Locale locale) {
		return messages.getMessage("site.title", new Object[] { municipality.name(locale) }, locale);
	}

	public String contact(Locale locale) {
		return municipality.contact(locale);
	}

	public MunicipalityProperties municipality() {
		return municipality;
	}
}
