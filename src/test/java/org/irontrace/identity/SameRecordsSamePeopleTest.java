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
 * The same records give the same people, whatever order they lie in the database: two
 * installations that imported the same files, their batches interleaved differently, must show an
 * analyst the same people and so the same rings.
 */
@SpringBootTest
class SameRecordsSamePeopleTest {

	@Autowired
	ImportService imports;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void theSameRecordsStoredInAnotherOrderGiveTheSameModelAndTheSamePeople() throws Exception {
		String tag = IndependentWorld.importSmall(21, folder, imports);
		people.resolve(null, true);
		String model = latestModel();
		Set<Set<String>> before = peopleOf(tag);

		// A row updated is written again at the end of its table: half of the world's sales, picked by
		// a digest of their ids, now lie after the other half, and are read in another order.
		int moved = jdbc.sql("UPDATE custody_event_store SET reference = reference WHERE event_id LIKE ? AND hashtext(event_id) % 2 = 0")
			.param("E" + tag + "%").update();
		assertThat(moved).isPositive();
		people.resolve(null, true);

		assertThat(latestModel()).as("the model learnt from the same records").isEqualTo(model);
		assertThat(peopleOf(tag)).as("the world's records grouped into people").isEqualTo(before);
	}

	private String latestModel() {
		return jdbc.sql("SELECT model::text FROM person_model ORDER BY model_id DESC LIMIT 1").query(String.class).single();
	}

	/** The world's sale records, grouped by the person each is placed with. */
	private Set<Set<String>> peopleOf(String tag) {
		Map<String, Set<String>> records = new HashMap<>();
		jdbc.sql("SELECT record_id, person_id FROM person_assignment WHERE record_id LIKE ?").param("event:E" + tag + "%")
			.query(rs -> {
				records.computeIfAbsent(rs.getString(2), p -> new HashSet<>()).add(rs.getString(1));
			});
		assertThat(records).isNotEmpty();
		return new HashSet<>(records.values());
	}
}
