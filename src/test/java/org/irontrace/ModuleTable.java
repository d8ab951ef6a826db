package org.irontrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The module table of ARCHITECTURE.md ("| `module` | what it owns | public surface | uses |"), read and compared. */
final class ModuleTable {

	private ModuleTable() {
	}

	/** Module name to the modules its "uses" cell names ("-" for none). */
	static Map<String, Set<String>> read(Path architecture) throws IOException {
		Map<String, Set<String>> rows = new TreeMap<>();
		boolean inModules = false;
		for (String line : Files.readAllLines(architecture)) {
			if (line.startsWith("## ")) {
				inModules = line.equals("## Modules");
			}
			else if (inModules && line.startsWith("| `")) {
				String[] cells = line.split("\\|");
				String module = cells[1].trim().replace("`", "");
				String uses = cells[cells.length - 1].trim();
				rows.put(module, uses.equals("-") ? Set.of()
						: Arrays.stream(uses.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("no module table under '## Modules' in " + architecture);
		}
		return rows;
	}

	/** One sentence per disagreement, naming the module and what to write. */
	static List<String> differences(Map<String, Set<String>> verified, Map<String, Set<String>> written) {
		List<String> problems = new ArrayList<>();
		Set<String> names = new TreeSet<>(verified.keySet());
		names.addAll(written.keySet());
		for (String module : names) {
			Set<String> real = verified.get(module);
			Set<String> said = written.get(module);
			if (said == null) {
				problems.add("module `" + module + "` has no row in ARCHITECTURE.md's module table: add | `" + module
						+ "` | what it owns | public surface | " + cell(real) + " |");
			}
			else if (real == null) {
				problems.add("module `" + module + "` has a row in ARCHITECTURE.md but no package: remove the row");
			}
			else if (!real.equals(said)) {
				Set<String> missing = new TreeSet<>(real);
				missing.removeAll(said);
				Set<String> unused = new TreeSet<>(said);
				unused.removeAll(real);
				problems.add("module `" + module + "` uses " + cell(real) + " but ARCHITECTURE.md says " + cell(said) + " (missing: "
						+ (missing.isEmpty() ? "-" : String.join(", ", missing)) + "; not used: "
						+ (unused.isEmpty() ? "-" : String.join(", ", unused)) + ")");
			}
		}
		return problems;
	}

	/** The module diagram: one arrow per dependency of the verified model, in name order. */
	static String diagram(Map<String, Set<String>> uses) {
		StringBuilder mermaid = new StringBuilder("```mermaid\nflowchart LR\n");
		new TreeMap<>(uses).forEach((module, targets) -> {
			if (targets.isEmpty()) {
				mermaid.append("    ").append(module).append('\n');
			}
			new TreeSet<>(targets).forEach(target -> mermaid.append("    ").append(module).append(" --> ").append(target).append('\n'));
		});
		return mermaid.append("```").toString();
	}

	/** The first mermaid block of the document, fences included. */
	static String diagramIn(Path architecture) throws IOException {
		String text = Files.readString(architecture);
		int start = text.indexOf("```mermaid");
		if (start < 0) {
			return "";
		}
		return text.substring(start, text.indexOf("```", start + 3) + 3);
	}

	private static String cell(Set<String> modules) {
		return modules.isEmpty() ? "-" : String.join(", ", new TreeSet<>(modules));
	}
}
