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

	@org.junit.jupiter.api.Test
	void indicatorsAndRolesSurviveAWriteAndARead() {
		String file = """
				code: test
				municipality: 試験市
				title: 試験計画
				periodStart: 2021
				periodEnd: 2030
				levels: [目標, 方針, 施策, 取組]
				goals:
				  - code: "1"
				    title: 目標1
				    description: |-
				      一行目

				      二段落目
				    roles:
				      citizen: 参加しましょう。
				      government: 支えます。
				    indicators:
				      - name: 講座の参加者数
				        unit: 人
				        baselineValue: 1200
				        baselineYear: 2020
				        targetValue: 1500.5
				        targetYear: 2030
				        actuals:
				          2021: 1250
				          2022: -3.25
				    children:
				      - code: "001"
				        title: 'yes'
				""";
		var parsed = parser.parse(file.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.problems()).isEmpty();

		String written = writer.write(parsed.document());

		assertThat(written).isEqualTo(file);
		assertThat(parser.parse(written.getBytes(StandardCharsets.UTF_8)).document()).isEqualTo(parsed.document());
	}
}
