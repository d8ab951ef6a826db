package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.irontrace.IntegrationTest;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.RefreshSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A full refresh empties the graph inside its transaction and fills it again. A reader that holds
 * the rings when the refresh begins, and then reads the rings' members' names (as a lead's page
 * does), must not meet the refresh in a deadlock: a lead's page once answered 500 when PostgreSQL
 * failed it to end one. The refresh locks everything it empties before emptying anything, so it
 * waits for the reader instead, and both finish.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadsDuringAFullRefreshTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	@Autowired
	Intelligence intelligence;

	SearchWorld world;

	@BeforeAll
	void aWorldWithLeads() {
		world = new SearchWorld(port);
	}

	@Test
	void aReaderHoldingTheRingsAndThenReadingTheNamesFinishesAndSoDoesTheRefresh() throws Exception {
		long id = world.leadId("PERSON");
		CompletableFuture<RefreshSummary> refresh;
		try (Connection reader = database.getConnection(); Statement statement = reader.createStatement()) {
			reader.setAutoCommit(false);
			statement.execute("SELECT count(*) FROM network_ring");
			refresh = CompletableFuture.supplyAsync(intelligence::refresh);
			waitUntilTheRefreshWaitsForTheRings(statement, refresh);
			try (ResultSet names = statement.executeQuery("SELECT count(*) FROM network_person")) {
				assertThat(names.next()).as("the names read while the refresh waits").isTrue();
			}
			reader.commit();
		}
		assertThat(refresh.get(120, TimeUnit.SECONDS).personLeads()).as("the refresh, once the reader is done").isPositive();
		PageBrowser analyst = new PageBrowser(port).signIn(world.mxAnalyst, SearchWorld.PASSWORD);
		assertThat(analyst.get("/app/leads/" + id + "?lang=en").html()).contains(world.buyerLastName);
		PageBrowser jamaica = new PageBrowser(port).signIn(world.jmAnalyst, SearchWorld.PASSWORD);
		assertThat(jamaica.get("/app/leads/" + id).status()).isEqualTo(404);
	}

	/** The refresh has asked for the lock on the rings the reader holds, and waits for it. */
	private static void waitUntilTheRefreshWaitsForTheRings(Statement statement, CompletableFuture<?> refresh)
			throws Exception {
		for (int i = 0; i < 600 && !refresh.isDone(); i++) {
			try (ResultSet waiting = statement.executeQuery("""
					SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'network_ring'::regclass)
					""")) {
				waiting.next();
				if (waiting.getBoolean(1)) {
					return;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the refresh never waited for the rings the reader holds");
	}
}
