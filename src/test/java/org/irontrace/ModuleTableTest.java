package org.irontrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * ARCHITECTURE.md's module table says what each module uses; the verified module model
 * ({@link ApplicationModules}) says what it really depends on. They must agree row by row, and
 * every module must declare the dependencies it is allowed, so a new dependency is a decision
 * written in its {@code package-info.java}, not an accident.
 */
class ModuleTableTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(IronTraceApplication.class);

	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		List<String> open = new ArrayList<>();
		MODULES.forEach(module -> {
			ApplicationModule declared = packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
			if (declared == null || List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
				open.add(module.getIdentifier().toString());
			}
		});
		assertThat(open).as("modules whose package-info.java declares no allowedDependencies").isEmpty();
	}

	@Test
	void theModuleTableUsesWhatTheModulesDependOn() throws IOException {
		Map<String, Set<String>> verified = verifiedUses(MODULES);
		Map<String, Set<String>> written = ModuleTable.read(Path.of("ARCHITECTURE.md"));
		assertThat(ModuleTable.differences(verified, written)).as("ARCHITECTURE.md module table against the verified model").isEmpty();
	}

	@Test
	void theModuleDiagramDrawsTheVerifiedModel() throws IOException {
		String expected = ModuleTable.diagram(verifiedUses(MODULES));
		Path written = Path.of("target", "module-diagram.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, expected + "\n");
		assertThat(ModuleTable.diagramIn(Path.of("ARCHITECTURE.md")))
			.as("the mermaid diagram of ARCHITECTURE.md; the one drawn from the verified model is in %s", written)
			.isEqualTo(expected);
	}

	@Test
	void aModuleMissingFromTheTableIsNamed() {
		Map<String, Set<String>> verified = Map.of("trace", Set.of("commerce"), "interdiction", Set.of("trace", "access"));
		Map<String, Set<String>> written = Map.of("trace", Set.of("commerce"));
		assertThat(ModuleTable.differences(verified, written))
			.containsExactly("module `interdiction` has no row in ARCHITECTURE.md's module table: add "
					+ "| `interdiction` | what it owns | public surface | access, trace |");
	}

	@Test
	void aDriftedUsesColumnIsNamed() {
		Map<String, Set<String>> verified = Map.of("report", Set.of("access", "trace"));
		Map<String, Set<String>> written = Map.of("report", Set.of("access", "catalog"), "gone", Set.of());
		assertThat(ModuleTable.differences(verified, written)).containsExactly(
				"module `gone` has a row in ARCHITECTURE.md but no package: remove the row",
				"module `report` uses access, trace but ARCHITECTURE.md says access, catalog (missing: trace; not used: catalog)");
	}

	static Map<String, Set<String>> verifiedUses(ApplicationModules modules) {
		Map<String, Set<String>> uses = new TreeMap<>();
		modules.forEach(module -> uses.put(module.getIdentifier().toString(),
				module.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString())
					.filter(name -> !name.equals(module.getIdentifier().toString()))
					.collect(Collectors.toCollection(TreeSet::new))));
		return uses;
	}

	private static Class<?> packageInfo(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info");
		}
		catch (ClassNotFoundException e) {
			throw new AssertionError("module " + basePackage + " has no package-info.java", e);
		}
	}
}
