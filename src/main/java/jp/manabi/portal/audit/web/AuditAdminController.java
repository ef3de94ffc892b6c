package jp.manabi.portal.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;
import jp.manabi.portal.audit.AuditQuery;
import jp.manabi.portal.audit.AuditSearch;
import jp.manabi.portal.shared.csv.CsvWriter;

/**
 * Administrators search the audit log (who looked at, exported or changed personal data, when and
 * from where) and take the result away as CSV; the export is itself an audit entry.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(AuditSearch.ZONE);
	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
			.withZone(AuditSearch.ZONE);

	private final AuditSearch search;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	AuditAdminController(AuditSearch search, AuditLog audit, MessageSource messages, Clock clock) {
		this.search = search;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@Valid @ModelAttribute("auditSearchForm") AuditSearchForm form, BindingResult errors, Model model) {
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectTypes", search.subjectTypes());
		var query = errors.hasErrors() ? AuditQuery.ALL : form.toQuery();
		model.addAttribute("result", search.search(query, form.getPage(), PAGE_SIZE));
		model.addAttribute("csvUrl", link("/admin/audit/export.csv", form, null));
		model.addAttribute("previousUrl", link("/admin/audit", form, form.getPage() - 1));
		model.addAttribute("nextUrl", link("/admin/audit", form, form.getPage() + 1));
		return "admin/audit/list";
	}

	/**
	 * The search as CSV. The first row names who exported it and when (a file of personal data
	 * always says whose it is); the export is recorded before the file leaves.
	 */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@Valid @ModelAttribute("auditSearchForm") AuditSearchForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Locale locale) {
		var query = errors.hasErrors() ? AuditQuery.ALL : form.toQuery();
		var entries = search.all(query);
		audit.record(AuditAction.EXPORT, "audit_entry", null, query.describe() + " rows=" + entries.size());
		var now = clock.instant();
		var csv = new CsvWriter();
		csv.row(messages.getMessage("privacy.audit.csv.exportedBy", new Object[] { admin.displayName(),
				TIME.format(now) }, locale));
		csv.row(text("privacy.audit.column.at", locale), text("privacy.audit.column.actor", locale),
				text("privacy.audit.column.actorId", locale), text("privacy.audit.column.address", locale),
				text("privacy.audit.column.action", locale), text("privacy.audit.column.subjectType", locale),
				text("privacy.audit.column.subjectId", locale), text("privacy.audit.column.detail", locale));
		for (var entry : entries) {
			csv.row(TIME.format(entry.at()), entry.actorName(),
					entry.actorAccountId() == null ? null : entry.actorAccountId().toString(), entry.remoteAddress(),
					entry.action().name(), entry.subjectType(), entry.subjectId(), entry.detail());
		}
		byte[] file = csv.toBytes();
		var disposition = ContentDisposition.attachment().filename("audit-" + FILE_DATE.format(now) + ".csv").build();
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(file);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static String link(String path, AuditSearchForm form, Integer page) {
		var builder = UriComponentsBuilder.fromPath(path);
		param(builder, "actor", form.getActor());
		param(builder, "type", form.getType());
		param(builder, "subjectId", form.getSubjectId());
		param(builder, "action", form.getAction() == null ? null : form.getAction().name());
		param(builder, "from", form.getFrom() == null ? null : form.getFrom().toString());
		param(builder, "to", form.getTo() == null ? null : form.getTo().toString());
		if (page != null) {
			builder.queryParam("page", page);
		}
		return builder.encode().toUriString();
	}

	private static void param(UriComponentsBuilder builder, String name, String value) {
		if (value != null && !value.isBlank()) {
			builder.queryParam(name, value);
		}
	}
}
