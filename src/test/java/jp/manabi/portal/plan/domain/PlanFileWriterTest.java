package jp.manabi.portal.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer keeps the layout of db/plans, so an export diffs cleanly against its source. */
class PlanFileWriterTest {

	private final PlanFileParser parser = new PlanFileParser();
	private final PlanFileWriter writer = new PlanFileWriter();

	@ParameterizedTest
	@ValueSource(strings = { "toshima", "iwaki", "tama", "nishitokyo" })
	void aPlanFileReadAndWrittenAgainIsByteForByteTheSame(String code) throws Exception {
		byte[] file = Files.readAllBytes(Path.of("db/plans", code + ".yaml"));
		var parsed = parser.parse(file);
		assertThat(parsed.problems()).isEmpty();

		String written = writer.write(parsed.document());

		assertThat(written).isEqualTo(new String(file, StandardCharsets.UTF_8));
		assertThat(parser.parse(written.getBytes(StandardCharsets.UTF_8)).document()).isEqualTo(parsed.document());
	}
}
