package org.irontrace.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One accent fold in Java ({@link Accents}) and one in SQL ({@code irontrace_fold}): they fold the
 * names of Mexico, the Caribbean and the United States alike, and no other code folds accents its
 * own way.
 */
@IntegrationTest
class AccentsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void javaAndTheDatabaseFoldNamesAlike() {
		for (String words : List.of("José Pérez Ñúñez", "  FRANÇOIS Dupré ", "Müller", "Ángela Ibáñez", "Jean-Noël Lefèvre",
				"Ýmir Åström", "plain words")) {
			String sql = jdbc.sql("SELECT irontrace_fold(?)").param(words.trim()).query(String.class).single();
			assertThat(Accents.fold(words)).as(words).isEqualTo(sql);
		}
		assertThat(Accents.fold(" Pérez ")).isEqualTo("perez");
		assertThat(Accents.strip("Oružje Ñuñez")).isEqualTo("Oruzje Nunez");
	}

	@Test
	void noOtherCodeFoldsAccentsItsOwnWay() throws IOException {
		List<String> copies = new ArrayList<>();
		Path sources = Path.of("src/main/java/org/irontrace");
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String relative = sources.relativize(file).toString();
				// The simulator writes names as clerks do, accents dropped on purpose: it is not a reader.
				if (relative.equals("platform/Accents.java") || relative.startsWith("simulation/")) {
					continue;
				}
				String text = Files.readString(file);
				if (text.contains("Normalizer") || text.contains("unaccent(") || text.matches("(?s).*translate\\([^)]*[áéíóúñÁÉÍÓÚÑ].*")) {
					copies.add(relative);
				}
			}
		}
		assertThat(copies).as("sources folding accents without Accents or irontrace_fold").isEmpty();
	}
}
