package jp.manabi.portal.course.web.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.CourseImportService;
import jp.manabi.portal.course.domain.CourseImportService.RowRefused;
import jp.manabi.portal.course.web.admin.CsvParser.UnreadableCsv;

/**
 * Bulk import of courses from a spreadsheet saved as CSV. Every row is checked before anything
 * is saved; one bad row means nothing is imported and every problem is listed.
 */
@Controller
@RequestMapping("/admin/courses/import")
class CourseImportController {

	private static final String PAGE = "admin/course/import";

	private final CourseCsvReader reader;
	private final CourseImportService importer;
	private final Clock clock;
	private final DataSize maxFileSize;

	CourseImportController(CourseCsvReader reader, CourseImportService importer, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.reader = reader;
		this.importer = importer;
		this.clock = clock;
		this.maxFileSize = maxFileSize;
	}

	/** {@code uploadTooLarge}: sent back here by the oversized-upload filter (config). */
	@GetMapping
	String page(@RequestParam(defaultValue = "false") boolean uploadTooLarge, Model model) {
		if (uploadTooLarge) {
			tooLarge(model);
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("columns", CourseCsvReader.COLUMNS);
		model.addAttribute("maxRows", String.valueOf(CourseCsvReader.MAX_ROWS));
		model.addAttribute("maxFileSize", readable(maxFileSize));
		return PAGE;
	}

	private void tooLarge(Model model) {
		model.addAttribute("fileError", "course-admin.import.error.tooLarge");
		model.addAttribute("fileErrorArguments", new Object[] { readable(maxFileSize) });
	}

	/** Reached only if multipart parsing is ever made lazy; the filter catches the usual case. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge() {
		var model = new ExtendedModelMap();
		tooLarge(model);
		return new ModelAndView(page(model), model, HttpStatus.CONTENT_TOO_LARGE);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				throw new UnreadableCsv("course-admin.import.error.noFile");
			}
			var result = reader.read(CsvParser.parse(CsvParser.decode(file.getBytes())));
			if (!result.problems().isEmpty()) {
				model.addAttribute("problems", result.problems());
				return page(model);
			}
			int imported = importer.importAll(result.courses());
			redirect.addFlashAttribute("importedCount", String.valueOf(imported));
			return "redirect:/admin/courses/import";
		}
		catch (UnreadableCsv unreadable) {
			model.addAttribute("fileError", unreadable.messageKey());
			model.addAttribute("fileErrorArguments", unreadable.arguments());
			return page(model);
		}
		catch (RowRefused refused) {
			var violation = refused.violation();
			String column = CourseCsvReader.COLUMN_OF_FIELD.get(violation.field());
			model.addAttribute("problems",
					List.of(new ImportProblem(refused.row(), column, violation.messageKey(), new Object[0])));
			return page(model);
		}
	}

	/**
	 * A template with the header and one example row. UTF-8 with a BOM: without it, Excel on a
	 * Japanese PC opens the file as Shift_JIS and shows the example as mojibake.
	 */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		LocalDate start = LocalDate.now(clock.withZone(Course.ZONE)).plusMonths(2).withDayOfMonth(1);
		var example = List.of("はじめてのスマホ教室", "スマートフォンの基本操作を学びます。", "電話、メール、写真の使い方を、少人数で丁寧に説明します。",
				"it", "DEPARTMENT", "学習・スポーツ課", "", "true", "20", "0",
				start.minusMonths(1) + " 09:00", start.minusDays(7) + " 17:00", "LOTTERY",
				"RESIDENTS_WORKERS_STUDENTS", "60", "", "false", "", "", "", "true", "false", "SENIORS",
				start + " 10:00-12:00|" + start.plusWeeks(1) + " 10:00-12:00");
		String csv = String.join(",", CourseCsvReader.COLUMNS) + "\r\n"
				+ example.stream().map(CsvParser::field).collect(Collectors.joining(",")) + "\r\n";
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = csv.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, file, 0, bom.length);
		System.arraycopy(body, 0, file, bom.length, body.length);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("courses-template.csv").build().toString())
				.body(file);
	}

	private static String readable(DataSize size) {
		if (size.toMegabytes() >= 1 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (size.toKilobytes() >= 1) {
			return size.toKilobytes() + " KB";
		}
		return size.toBytes() + " B";
	}
}
