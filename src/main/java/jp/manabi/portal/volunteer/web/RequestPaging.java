package jp.manabi.portal.volunteer.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.volunteer.domain.RequestRuleViolation;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestStatus;

/** Small helpers the request pages share: reading page numbers and enum filters, status buttons. */
public final class RequestPaging {

	private RequestPaging() {
	}

	public static int page(String value) {
		try {
			return value == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		return null;
	}

	/** The publish / close / cancel buttons of the edit pages. */
	public static void changeStatus(RequestService service, long id, CurrentUser user, String status,
			RedirectAttributes redirect) {
		var wanted = parse(RequestStatus.class, status);
		try {
			if (wanted == null) {
				throw new RequestRuleViolation("status", "volunteer.request.rule.statusChange");
			}
			service.changeStatus(id, user, wanted);
			redirect.addFlashAttribute("notice", "volunteer.request.notice.status." + wanted.name());
		}
		catch (RequestRuleViolation refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
	}
}
