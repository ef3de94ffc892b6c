package jp.manabi.portal.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where start-up finds the plan files. */
class PlanStartupImportTest {

	@Test
	void readsTheDirectoryWhenItExists() throws Exception {
		var startup = new PlanStartupImport(null, new PlanProperties("toshima", "db/plans"));

		assertThat(startup.files()).extracting(PlanStartupImport.PlanFile::name)
				.containsExactly("iwaki.yaml", "nishitokyo.yaml", "tama.yaml", "toshima.yaml");
	}

	/** A packaged jar run outside the project has no db/plans beside it: the copies in the jar serve. */
	@Test
	void fallsBackToTheCopiesOnTheClasspath() throws Exception {
		var startup = new PlanStartupImport(null, new PlanProperties("toshima", "no/such/directory"));

		assertThat(startup.files()).extracting(PlanStartupImport.PlanFile::name)
				.containsExactly("iwaki.yaml", "nishitokyo.yaml", "tama.yaml", "toshima.yaml");
		assertThat(startup.files()).allSatisfy(file -> assertThat(file.content()).isNotEmpty());
	}
}
