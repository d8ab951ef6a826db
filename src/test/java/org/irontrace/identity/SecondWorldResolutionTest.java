package org.irontrace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.irontrace.imports.ImportService;
import org.irontrace.intel.worlds.IndependentWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second ledger loaded into an installation that has already resolved its first: its buyers are
 * other people, so its records are not placed with the first world's people (but for the few who
 * share a given name, a surname and a birth date with one of them by chance), and it resolves to
 * about as many people as the first.
 */
@SpringBootTest
class SecondWorldResolutionTest {

	@Autowired
	ImportService imports;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void aSecondWorldsBuyersAreNotPlacedWithTheFirstWorldsPeople() throws Exception {
		String first = load(11);
		people.resolve(null, false);
		String second = load(12);
		people.resolve(null, false);
		Map<String, Set<String>> worldsOfPerson = new HashMap<>();
		Map<String, Set<String>> peopleOfWorld = new HashMap<>();
		jdbc.sql("SELECT record_id, person_id FROM person_assignment WHERE record_id LIKE 'event:E%'").query(rs -> {
			String record = rs.getString(1);
			String world = record.startsWith("event:E" + first) ? first : record.startsWith("event:E" + second) ? second : null;
			if (world != null) {
				worldsOfPerson.computeIfAbsent(rs.getString(2), p -> new HashSet<>()).add(world);
				peopleOfWorld.computeIfAbsent(world, w -> new HashSet<>()).add(rs.getString(2));
			}
		});
		long spanning = worldsOfPerson.values().stream().filter(worlds -> worlds.size() > 1).count();
		System.out.printf("people of the first world %d, of the second %d, holding both %d%n", peopleOfWorld.get(first).size(),
				peopleOfWorld.get(second).size(), spanning);
		// Only a buyer who shares a given name, a surname and a birth date with one of the first world's by chance.
		assertThat(spanning).as("people holding purchases of both worlds").isLessThanOrEqualTo(peopleOfWorld.get(second).size() / 100);
		assertThat(peopleOfWorld.get(second).size()).isCloseTo(peopleOfWorld.get(first).size(),
				org.assertj.core.data.Percentage.withPercentage(10));
	}

	private String load(long seed) throws Exception {
		return IndependentWorld.importSmall(seed, folder, imports);
	}
}
