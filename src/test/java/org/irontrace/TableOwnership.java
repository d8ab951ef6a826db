package org.irontrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who owns each table, view and SQL function, and which of them the owner publishes, as the modules
 * declare it in {@code src/main/resources/db/tables/<module>.tables}: one name a line ({@code function
 * name} for a function), followed by {@code published: why} when other modules' SQL may name it;
 * {@code reads everything: why} lets a module (the benchmarks) read any table. Then the checks: a
 * module's SQL (its Java string literals and text blocks) and each migration statement (attributed to
 * the owner of what it creates or changes) may name only what its module owns or what is published.
 */
final class TableOwnership {

	record Declared(String module, String name, boolean function, String publishedBecause) {

		boolean published() {
			return publishedBecause != null;
		}
	}

	private static final Pattern LINE = Pattern.compile("(function\\s+)?([a-z_][a-z0-9_]*)(?:\\s+published:\\s*(.+))?");

	private static final Pattern STATEMENT_OWNER = Pattern.compile("^(?:"
			+ "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?(?:MATERIALIZED\\s+)?(?:TABLE|VIEW|SEQUENCE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?<relation>[a-z_][a-z0-9_]*)"
			+ "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+(?<function>[a-z_][a-z0-9_]*)"
			+ "|ALTER\\s+FUNCTION\\s+(?<altered>[a-z_][a-z0-9_]*)"
			+ "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TRIGGER\\s.*?EXECUTE\\s+(?:FUNCTION|PROCEDURE)\\s+(?<trigger>[a-z_][a-z0-9_]*)"
			+ "|CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s.*?\\bON\\s+(?:ONLY\\s+)?(?<indexed>[a-z_][a-z0-9_]*)"
			+ "|CREATE\\s+STATISTICS\\s.*?\\bFROM\\s+(?<statistics>[a-z_][a-z0-9_]*)"
			+ "|(?:ALTER\\s+TABLE|INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE|COMMENT\\s+ON\\s+(?:TABLE|VIEW))\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(?<changed>[a-z_][a-z0-9_]*)"
			+ ")", Pattern.DOTALL);

	final Map<String, Declared> relations = new TreeMap<>();

	final Map<String, Declared> functions = new TreeMap<>();

	final Map<String, String> readsEverything = new TreeMap<>();

	final List<String> problems = new ArrayList<>();

	/** Reads every module's declaration; a name claimed twice is a problem. */
	static TableOwnership read(Path folder) throws IOException {
		TableOwnership ownership = new TableOwnership();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tables")).sorted().toList()) {
				String module = file.getFileName().toString().replace(".tables", "");
				ownership.declare(module, Files.readAllLines(file));
			}
		}
		return ownership;
	}

	void declare(String module, List<String> lines) {
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("reads everything:")) {
				readsEverything.put(module, line.substring("reads everything:".length()).strip());
				continue;
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				problems.add(module + ".tables: cannot read the line '" + line + "'");
				continue;
			}
			Declared declared = new Declared(module, m.group(2), m.group(1) != null, m.group(3));
			Map<String, Declared> into = declared.function() ? functions : relations;
			Declared earlier = into.putIfAbsent(declared.name(), declared);
			if (earlier != null) {
				problems.add(declared.name() + " is claimed by both " + earlier.module() + " and " + module);
			}
		}
	}

	/** The problems of one module's SQL: each name of another module that is not published. */
	List<String> checkModule(String module, String where, String sql) {
		if (readsEverything.containsKey(module)) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		for (String name : SqlNames.namedIn(sql, relations.keySet(), functions.keySet(), false)) {
			crossRead(module, name, relations.containsKey(name) ? relations.get(name) : functions.get(name))
				.ifPresent(owner -> found.add(where + " (" + module + ") names " + owner));
		}
		return found;
	}

	/** The problems of one migration: each statement may name what its owner owns, and what is published. */
	List<String> checkMigration(String migration, String text) {
		List<String> found = new ArrayList<>();
		for (String statement : SqlNames.statements(text)) {
			Declared owner = ownerOf(statement);
			if (owner == null) {
				continue;
			}
			for (String name : SqlNames.namedIn(statement, relations.keySet(), functions.keySet(), true)) {
				Declared named = relations.containsKey(name) ? relations.get(name) : functions.get(name);
				crossRead(owner.module(), name, named).ifPresent(what -> found.add(migration + ": " + owner.module() + "'s "
						+ owner.name() + " names " + what));
			}
		}
		return found;
	}

	/** What a migration statement creates or changes, as declared (null for a statement about nothing declared). */
	Declared ownerOf(String statement) {
		Matcher m = STATEMENT_OWNER.matcher(statement.strip());
		if (!m.find()) {
			return null;
		}
		for (String group : List.of("relation", "indexed", "statistics", "changed")) {
			if (m.group(group) != null) {
				return relations.get(m.group(group));
			}
		}
		for (String group : List.of("function", "altered", "trigger")) {
			if (m.group(group) != null) {
				return functions.get(m.group(group));
			}
		}
		return null;
	}

	/** Every relation and function the migrations create or rename, so each has an owner. */
	static Set<String> createdBy(String migration) {
		Set<String> created = new TreeSet<>();
		Matcher m = Pattern.compile("(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?(?:MATERIALIZED\\s+)?(?:TABLE|VIEW|SEQUENCE|FUNCTION)"
				+ "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?|RENAME\\s+TO\\s+)([a-z_][a-z0-9_]*)").matcher(SqlNames.withoutComments(migration));
		while (m.find()) {
			created.add(m.group(1));
		}
		return created;
	}

	private static java.util.Optional<String> crossRead(String module, String name, Declared named) {
		if (named == null || named.module().equals(module) || named.published()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of((named.function() ? "function " : "") + name + ", which " + named.module()
				+ " owns and does not publish");
	}
}
