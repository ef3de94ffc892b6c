package jp.manabi.portal;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries: no cycles, only other modules' public roots are used. */
class ModularityTests {

	/** Only main classes: tests may cross module lines (shared support classes). Works with any build directory. */
	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class,
			(ImportOption) location -> !location.contains("/test-classes/"));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
