package jp.manabi.portal.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, imports each plan file in {@code db/plans} (or, in a jar run elsewhere, the copies
 * packaged under {@code classpath:plans/}) that has not been applied in this version yet. A file
 * with problems is logged with all of them and skipped; the portal still starts, with the plans
 * it had.
 */
@Component
@Order(20)
class PlanStartupImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanStartupImport.class);

	record PlanFile(String name, byte[] content) {
	}

	private final PlanImportService importer;
	private final PlanProperties properties;

	PlanStartupImport(PlanImportService importer, PlanProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (PlanFile file : files()) {
			try {
				importer.importAtStartup(file.name(), file.content()).ifPresent(outcome -> report(file, outcome));
			}
			catch (RuntimeException ex) {
				log.error("Plan file {} could not be imported", file.name(), ex);
			}
		}
	}

	private static void report(PlanFile file, ImportOutcome outcome) {
		if (outcome.isRefused()) {
			log.error("Plan file {} was not imported: {}", file.name(), outcome.problems());
		}
		else {
			log.info("Plan file {} imported into plan {}: {} added, {} updated, {} archived, {} restored", file.name(),
					outcome.planCode(), outcome.added(), outcome.updated(), outcome.archived(), outcome.restored());
		}
	}

	List<PlanFile> files() throws IOException {
		Path directory = Path.of(properties.directory());
		var files = new ArrayList<PlanFile>();
		if (Files.isDirectory(directory)) {
			try (Stream<Path> paths = Files.list(directory)) {
				for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
					files.add(new PlanFile(path.getFileName().toString(), Files.readAllBytes(path)));
				}
			}
			return files;
		}
		Resource[] packaged = new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml");
		for (Resource resource : Stream.of(packaged).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
			try (InputStream in = resource.getInputStream()) {
				files.add(new PlanFile(resource.getFilename(), in.readAllBytes()));
			}
		}
		if (files.isEmpty()) {
			log.warn("No plan files found in {} nor in the jar", directory.toAbsolutePath());
		}
		return files;
	}
}
