package org.irontrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SQL is written as named statements with named parameters, one statement per variant: never a
 * template whose holes Java fills ({@code %s}, {@code %1$s} with {@code formatted} or
 * {@code String.format}), nor a marker replaced at run time ({@code /* share *}{@code /},
 * {@code {detail}}). A value goes in as a parameter, a variant is a statement of its own (or a SQL
 * function), so every statement can be read whole where it is written and no caller's text can
 * change its shape.
 */
class SqlStatementsTest {

	private static final Path SOURCES = Path.of("src/main/java/org/irontrace");

	@Test
	void noSqlIsAssembledFromTemplatesOrMarkers() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				SqlAssembly.of(Files.readString(file)).forEach(problem -> found.add(SOURCES.relativize(file) + ": " + problem));
			}
		}
		assertThat(found).as("SQL assembled at run time instead of named statements with named parameters").isEmpty();
	}

	@Test
	void theCheckCatchesEachWayOfAssemblingSql() {
		assertThat(SqlAssembly.of("""
				static final String GUNS = \"""
						SELECT * FROM network_gun WHERE %1$s
						\""";
				""")).as("a positional template").hasSize(1);
		assertThat(SqlAssembly.of("""
				String sql = \"""
						SELECT * FROM network_gun WHERE agency = :agency
						\""".formatted(limit);
				""")).as("a text block formatted where it is written").hasSize(1);
		assertThat(SqlAssembly.of("""
				static final String ROWS = "SELECT count(*) FROM recovery WHERE true";
				String sql = ROWS.formatted(where);
				""")).as("a statement formatted by name").hasSize(1);
		assertThat(SqlAssembly.of("""
				String sql = String.format("DELETE FROM lead WHERE lead_id = %d", id);
				""")).as("String.format").isNotEmpty();
		assertThat(SqlAssembly.of("""
				String sql = countSql().replace("/* share r */", part);
				""")).as("a comment marker").hasSize(1);
		assertThat(SqlAssembly.of("""
				static final String EDGES = "SELECT {detail} FROM network_link l";
				String sql = EDGES.replace("{detail}", detail);
				""")).as("a brace marker").hasSize(1);
		assertThat(SqlAssembly.of("""
				static final String LINKS = \"""
						SELECT a, b FROM network_link WHERE kind LIKE 'SHARED_%' AND (CAST(:people AS text[]) IS NULL OR a = ANY(:people))
						\""";
				static final String OWNERS = "SELECT format('ALTER TABLE %s OWNER TO %I', c.oid::regclass, role) FROM pg_class c";
				String line = String.format("%,d events", events);
				out.printf("| %.3f s | `SELECT count(*)` over the same rows: %.3f s |%n", report, baseline);
				""")).as("named parameters, LIKE patterns, PostgreSQL's own format() and prose quoting SQL").isEmpty();
	}
}
