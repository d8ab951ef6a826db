package org.irontrace.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irontrace.ApiClient;
import org.irontrace.IronTraceApplication;
import org.irontrace.access.AuditTrail;
import org.irontrace.cli.CommandLineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation that started with the demo world removes it and is then as after a first start
 * without it: every table the demo filled is empty of it (the audit trail excepted, which stays whole
 * and records the removal), no page or answer says demo any more, and the next start does not load
 * the demo world again although the ledger is empty.
 */
class DemoRemoveTest {

	/** What a first start without the demo world holds: the operators, their administrator, the audit trail. */
	static final Set<String> KEPT_BY_A_FIRST_START = Set.of("flyway_schema_history", "agency", "account", "audit_entry",
			"demo_world");

	@TempDir
	Path folder;

	private ConfigurableApplicationContext running;

	@AfterEach
	void stop() {
		if (running != null && running.isActive()) {
			running.close();
		}
	}

	@Test
	void theDemoWorldIsRemovedAndStaysRemoved() throws Exception {
		start();
		JdbcClient jdbc = running.getBean(JdbcClient.class);
		Map<String, Long> loaded = rowsPerTable(jdbc);
		assertThat(loaded.get("recovery_store")).as("the demo world is loaded").isGreaterThan(2000);
		ApiClient operator = new ApiClient(port());

		// An administrator of a demo agency is no operator: refused. Its account goes with its agency.
		assertThat(operator.postJson("/api/v1/users", Map.of("username", "fgr-admin", "password", ApiClient.ANALYST_PASSWORD,
				"agency", "MX-FGR", "roles", List.of("ADMIN"))).status()).isEqualTo(201);
		assertThat(new ApiClient(port()).login("fgr-admin", ApiClient.ANALYST_PASSWORD).delete("/api/v1/demo").status())
			.isEqualTo(403);

		// A user's ledger row is not the demo's: the removal is refused and names it, nothing is removed.
		ApiClient.Answer sent = operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				"KEEP-1,MANUFACTURED,2020-01-02,KEEP77,Glock,,19,9mm,PISTOL,US,,M-KEEP,,,,"));
		assertThat(sent.json().get("accepted").asLong()).as(sent.text()).isOne();
		ApiClient.Answer refused = operator.delete("/api/v1/demo");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("1 ledger rows sent by users");
		assertThat(jdbc.sql("SELECT count(*) FROM recovery_store").query(Long.class).single()).isEqualTo(loaded.get("recovery_store"));

		ApiClient.Answer removed = operator.delete("/api/v1/demo?force=true");
		assertThat(removed.status()).as(removed.text()).isEqualTo(200);
		assertThat(removed.json().get("agencies").size()).isGreaterThan(10);

		Map<String, Long> left = rowsPerTable(jdbc);
		left.keySet().removeAll(KEPT_BY_A_FIRST_START);
		// The graph refreshed after the removal notes that every sale has its key (there is none to key).
		assertThat(left).as("every table the demo filled, the user's ledger row kept")
			.containsExactlyInAnyOrderEntriesOf(Map.of("custody_event_store", 1L, "firearm", 1L, "network_sale_keys_complete", 1L));
		assertThat(jdbc.sql("SELECT code FROM agency").query(String.class).list()).containsExactly("IRONTRACE");
		assertThat(jdbc.sql("SELECT username FROM account").query(String.class).list()).containsExactly("admin");
		assertThat(jdbc.sql("SELECT count(*) FROM demo_world WHERE removed_at IS NOT NULL").query(Long.class).single()).isOne();
		assertThat(running.getBean(AuditTrail.class).verify().intact()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'DEMO_REMOVED'").query(Long.class).single()).isOne();
		HttpResponse<String> signIn = signInPage();
		assertThat(signIn.body()).doesNotContain("id=\"demo-world\"");
		assertThat(signIn.headers().firstValue("X-IronTrace-Demo")).isEmpty();
		assertThat(operator.delete("/api/v1/demo").status()).as("nothing left to remove").isEqualTo(404);

		// With the user's row gone too the ledger is empty, as at a first start: the demo is not loaded again.
		jdbc.sql("DELETE FROM custody_event_store").update();
		jdbc.sql("DELETE FROM firearm").update();
		running.close();
		start();
		jdbc = running.getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT count(*) FROM recovery_store").query(Long.class).single()).isZero();
		assertThat(running.getBean(DemoWorld.class).held()).isFalse();
		assertThat(signInPage().statusCode()).isEqualTo(200);
		running.close();

		assertThat(command("demo", "remove")).contains("holds no demo world");
	}

	private void start() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("irontrace.home", folder.resolve("home").toString());
		properties.put("irontrace.keys", folder.resolve("keys").toString());
		properties.put("irontrace.home.discard-on-close", "false");
		properties.put("irontrace.db.url", "");
		properties.put("irontrace.demo", "true");
		properties.put("server.port", "0");
		running = new SpringApplicationBuilder(IronTraceApplication.class)
			.run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

	private int port() {
		return ((WebServerApplicationContext) running).getWebServer().getPort();
	}

	private HttpResponse<String> signInPage() throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/login?lang=en"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The rows of every table that holds any. */
	private static Map<String, Long> rowsPerTable(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1""").query(String.class).list();
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : tables) {
			long count = jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
			if (count > 0) {
				rows.put(table, count);
			}
		}
		return rows;
	}

	/** An {@code irontrace} command on the same data folder, as the operators run it; what it printed. */
	private String command(String... args) {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setProperty("irontrace.home", folder.resolve("home").toString());
		System.setProperty("irontrace.keys", folder.resolve("keys").toString());
		System.setProperty("irontrace.home.discard-on-close", "false");
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			CommandLineEntry.runCommand(IronTraceApplication.class, args);
		}
		finally {
			System.setOut(out);
			System.clearProperty("irontrace.home");
			System.clearProperty("irontrace.keys");
			System.clearProperty("irontrace.home.discard-on-close");
		}
		return printed.toString(StandardCharsets.UTF_8);
	}
}
