package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lead that comes out of a recomputation saying what it already said is left as it is: it keeps
 * the moment it was computed ({@code computedAt}), and is not written again. A refresh that finds
 * nothing new therefore writes no lead and retires none; before, every lead was retired and written
 * again by every refresh and every pass that touched it.
 */
@SpringBootTest
class UnchangedLeadsStayAsTheyAreTest {

	@Autowired
	ApplicationContext beans;

	@Autowired
	Intelligence intelligence;

	@Autowired
	LeadUpkeep upkeep;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path world;

	@Test
	void aRefreshThatFindsNothingNewLeavesEveryLeadAsItWas() throws Exception {
		TaggedWorld.load(beans, world, 4242, 1500);
		assertThat(Settled.within(upkeep, Duration.ofMinutes(5))).isTrue();
		intelligence.refresh();
		Map<String, String> before = leads();
		assertThat(before.values()).as("active leads of every kind").anyMatch(lead -> lead.startsWith("PERSON"))
			.anyMatch(lead -> lead.startsWith("DEALER")).anyMatch(lead -> lead.startsWith("RING"));

		intelligence.refresh();

		Map<String, String> after = leads();
		assertThat(before.keySet().stream().filter(id -> !before.get(id).equals(after.get(id)))
			.map(id -> before.get(id) + " became " + after.get(id))).as("leads written again").isEmpty();
		assertThat(after.keySet()).as("no lead added").isEqualTo(before.keySet());
	}

	/**
	 * Every lead, active or retired, by id: what it says, whether active, when computed, and its row
	 * version (which any write changes).
	 */
	private Map<String, String> leads() {
		Map<String, String> leads = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT lead_id, concat_ws(' ', lead_type, subject, active, computed_at, xmin, score, summary, md5(evidence::text),
				                          md5(people::text), indicators::text, licences::text, contributing_agencies::text,
				                          md5(summary_wording::text))
				FROM lead ORDER BY lead_id
				""")
			.query((rs, n) -> leads.put(rs.getString(1), rs.getString(2)))
			.list();
		return leads;
	}
}
