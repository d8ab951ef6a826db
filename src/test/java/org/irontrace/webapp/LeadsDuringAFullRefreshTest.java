package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A full refresh empties the graph and the leads' figures inside its transaction and fills them
 * again, which takes a minute at a million firearms. Meanwhile an analyst's pages answer at once,
 * from what was there before the refresh began: they neither wait for it nor meet it in a deadlock
 * (a lead's page once answered 500 when a read held the rings and waited for the people while the
 * refresh held the people and wanted the rings).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadsDuringAFullRefreshTest {

	/**
	 * What a full refresh empties, in the order it empties them (it fills each again before emptying
	 * the next, and commits in three transactions: held in one here, the harder case for a reader).
	 */
	private static final List<String> EMPTIED = List.of("intel_sale_group", "network_ballistic_pending", "network_gun",
			"network_link", "network_sale_key", "network_sale_keys_complete", "network_repeat_sale", "network_person_store",
			"network_ring", "intel_dealer_ledger");

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	SearchWorld world;

	@BeforeAll
	void aWorldWithLeads() {
		world = new SearchWorld(port);
	}

	@Test
	void aLeadsPageShowsTheLeadOfBeforeWhileAFullRefreshHasEmptiedTheGraph() throws Exception {
		long id = world.leadId("PERSON");
		PageBrowser analyst = new PageBrowser(port).signIn(world.mxAnalyst, SearchWorld.PASSWORD);
		PageBrowser jamaica = new PageBrowser(port).signIn(world.jmAnalyst, SearchWorld.PASSWORD);
		try (Connection refresh = database.getConnection()) {
			refresh.setAutoCommit(false);
			try (Statement statement = refresh.createStatement()) {
				for (String table : EMPTIED) {
					statement.execute("SELECT irontrace_empty_for_refill('" + table + "')");
				}
			}
			Page lead = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyst.get("/app/leads/" + id + "?lang=en"),
					"the page waited for the refresh");
			assertThat(lead.status()).isEqualTo(200);
			assertThat(lead.html()).as("the buyer named, the birth date read from the graph's people")
				.contains(world.buyerLastName, "Multiple sale");
			Page queue = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyst.get("/app/leads?type=PERSON"));
			assertThat(queue.html()).contains("/app/leads/" + id + "\"");
			Page hidden = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> jamaica.get("/app/leads/" + id));
			assertThat(hidden.status()).as("another agency, without an agreement").isEqualTo(404);
			refresh.rollback();
		}
	}
}
