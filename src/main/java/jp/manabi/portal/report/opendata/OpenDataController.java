package jp.manabi.portal.report.opendata;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open-data page and its three files. The files are public and fetched by harvesters: they
 * may be cached for 15 minutes by anyone, and carry a validator (ETag) so a harvester that asks
 * again with If-None-Match gets a 304 when nothing changed (Spring answers it from the
 * ResponseEntity's ETag). No Last-Modified: what the files hold also changes with the date (a
 * circle's registration lapsing), which no timestamp column records.
 */
@Controller
class OpenDataController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");
	static final MediaType JSON = MediaType.parseMediaType("application/json; charset=UTF-8");
	static final MediaType ICS = MediaType.parseMediaType("text/calendar; charset=UTF-8");

	private final OpenEventQuery query;
	private final OpenDataFiles files;
	private final Clock clock;

	OpenDataController(OpenEventQuery query, OpenDataFiles files, Clock clock) {
		this.query = query;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/opendata")
	String page(Model model) {
		var today = today();
		model.addAttribute("range", OpenDataRange.defaultFor(today));
		model.addAttribute("earliest", OpenDataRange.earliest(today));
		model.addAttribute("latest", OpenDataRange.latest(today));
		model.addAttribute("licenceName", files.settings().licenceName());
		model.addAttribute("licenceUrl", files.settings().licenceUrl());
		model.addAttribute("attribution", files.attribution());
		model.addAttribute("columns", OpenDataFiles.COLUMNS);
		return "opendata/index";
	}

	@GetMapping("/opendata/events.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		var data = load(from, to);
		return file(CSV, "events.csv", files.etag("csv", data.csv(), data.range()), data.csv());
	}

	@GetMapping("/opendata/events.json")
	ResponseEntity<byte[]> json(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		var data = load(from, to);
		return file(JSON, "events.json", files.etag("json", data.csv(), data.range()),
				files.json(data.events(), data.range(), clock.instant()));
	}

	@GetMapping("/opendata/events.ics")
	ResponseEntity<byte[]> ics(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		var data = load(from, to);
		return file(ICS, "events.ics", files.etag("ics", data.csv(), data.range()),
				files.ics(data.events(), clock.instant()));
	}

	private record Loaded(OpenDataRange range, List<OpenEvent> events, byte[] csv) {
	}

	private Loaded load(String from, String to) {
		var today = today();
		OpenDataRange range;
		try {
			range = OpenDataRange.parse(from, to, today);
		}
		catch (OpenDataRange.BadRange bad) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, bad.getMessage());
		}
		var events = query.between(range, today);
		return new Loaded(range, events, files.csv(events));
	}

	private ResponseEntity<byte[]> file(MediaType type, String name, String etag, byte[] body) {
		return ResponseEntity.ok().contentType(type)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic()).eTag(etag)
				.header(HttpHeaders.LINK, "<" + files.settings().licenceUrl() + ">; rel=\"license\"")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"").body(body);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(OpenEvent.ZONE));
	}
}
