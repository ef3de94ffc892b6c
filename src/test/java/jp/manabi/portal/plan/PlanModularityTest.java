package jp.manabi.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import jp.manabi.portal.PortalApplication;

/** The plan module keeps to the module rules: others use only its root package, it uses only theirs. */
class PlanModularityTest {

	@Test
	void modulesKeepTheirBoundaries() {
		var modules = ApplicationModules.of(PortalApplication.class);

		assertThat(modules.getModuleByName("plan")).isPresent();
		modules.verify();
	}
}
