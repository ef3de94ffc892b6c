package jp.manabi.portal.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Simulation;

/**
 * The search page against our physical limit: the same server sending a static page of the same
 * size. Before the run, the search page ({@code benchmark.searchPath}, a keyword search with 20
 * cards) is fetched once and its HTML written, byte for byte, as a static file into
 * {@code benchmark.staticDir}/images/benchmark/search-page.html; the portal serves that directory
 * as static resources when started with
 * {@code --spring.web.resources.static-locations=classpath:/static/,file:<staticDir>/} (the
 * benchmark command does; {@code /images/**} is public like the portal's own images). Then two
 * populations of the same size run at the same time for the same duration, each sending its next
 * request as soon as the last is answered: one requests the search page, the other the static
 * copy. The ratio of their throughputs is printed at the end (and is in the Gatling report).
 *
 * <p>System properties: {@code portal.url}; {@code benchmark.users} (8 per population);
 * {@code benchmark.seconds} (30); {@code benchmark.searchPath}; {@code benchmark.staticDir}
 * (data/benchmark/static).
 */
public class SearchVsStaticSimulation extends Simulation {

	static final String STATIC_PATH = "/images/benchmark/search-page.html";

	private final int users = CourseSearchMix.intProperty("benchmark.users", 8);
	private final int seconds = CourseSearchMix.intProperty("benchmark.seconds", 30);
	private final String searchPath = System.getProperty("benchmark.searchPath",
			"/courses?q=%E8%8B%B1%E8%AA%9E&sort=date&page=0");
	private final Path staticDir = Path.of(System.getProperty("benchmark.staticDir", "data/benchmark/static"));
	private final AtomicLong searches = new AtomicLong();
	private final AtomicLong statics = new AtomicLong();
	private volatile long startedAt;
	private volatile long searchBytes;

	{
		var duration = Duration.ofSeconds(seconds);
		var search = scenario(users + " clients: search page").during(duration).on(
				exec(http("search page").get(searchPath).check(status().is(200), bodyLength().gt(1000)))
						.exec(session -> {
							searches.incrementAndGet();
							return session;
						}));
		var copy = scenario(users + " clients: static copy of it").during(duration).on(
				exec(http("static page, same bytes").get(STATIC_PATH).check(status().is(200), bodyLength().gt(1000)))
						.exec(session -> {
							statics.incrementAndGet();
							return session;
						}));
		setUp(search.injectOpen(atOnceUsers(users)), copy.injectOpen(atOnceUsers(users)))
				.protocols(CourseSearchMix.protocol())
				.maxDuration(duration.plusSeconds(30));
	}

	@Override
	public void before() {
		try {
			var client = HttpClient.newHttpClient();
			var page = client.send(HttpRequest.newBuilder(URI.create(CourseSearchMix.BASE_URL + searchPath))
					.header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", "ja").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (page.statusCode() != 200) {
				throw new IllegalStateException("search page answered " + page.statusCode());
			}
			searchBytes = page.body().length;
			Path file = staticDir.resolve(STATIC_PATH.substring(1));
			Files.createDirectories(file.getParent());
			Files.write(file, page.body());
			var copy = client.send(HttpRequest.newBuilder(URI.create(CourseSearchMix.BASE_URL + STATIC_PATH)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			System.out.printf("Search page: %d bytes; static copy at %s: HTTP %d, %d bytes%n", searchBytes,
					file.toAbsolutePath(), copy.statusCode(), copy.body().length);
			if (copy.statusCode() != 200 || copy.body().length != searchBytes) {
				throw new IllegalStateException("the portal does not serve the static copy: start it with "
						+ "--spring.web.resources.static-locations=classpath:/static/,file:" + staticDir.toAbsolutePath() + "/");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		startedAt = System.nanoTime();
	}

	@Override
	public void after() {
		double elapsed = (System.nanoTime() - startedAt) / 1e9;
		double searchRate = searches.get() / elapsed;
		double staticRate = statics.get() / elapsed;
		System.out.printf("Search vs static (%d bytes each, %d + %d clients, %.0f s): search %d requests (%.1f/s), "
				+ "static %d requests (%.1f/s); search / static = %.3f (static is %.1f times the search)%n",
				searchBytes, users, users, elapsed, searches.get(), searchRate, statics.get(), staticRate,
				searchRate / staticRate, staticRate / searchRate);
	}
}
