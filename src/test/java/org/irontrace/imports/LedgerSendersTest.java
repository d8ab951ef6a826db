package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared ledger is written by the installation's operators only: a sale slipped in by one
 * agency's data provider would name an innocent purchaser in every agency's trace. Each row stored
 * names who sent it.
 */
@IntegrationTest
class LedgerSendersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportService imports;

	ApiClient operator;

	String t;

	@BeforeEach
	void setUp() {
		operator = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
	}

	@Test
	void aRecoveringAgencysDataProviderOrAdministratorWritesNothingToTheLedger() {
		String agency = "LDG-" + t;
		operator.newAgencyWithAnalyst(agency, "MX", "analyst-" + t.toLowerCase());
		for (String role : List.of("DATA_PROVIDER", "ADMIN")) {
			ApiClient sender = user(agency, role.toLowerCase().replace('_', '-') + "-" + t.toLowerCase(), role);
			Answer sale = sender.postCsv("/api/v1/imports/commerce-events", events());
			assertThat(sale.status()).as(role + " of " + agency).isEqualTo(403);
			assertThat(sale.json().get("detail").asString()).contains("operators");
			assertThat(sender.postCsv("/api/v1/imports/licensees", licensees()).status()).as(role).isEqualTo(403);
		}
		assertThat(count("SELECT count(*) FROM custody_event_store WHERE serial_key = ?", t + "1")).isZero();
		assertThat(count("SELECT count(*) FROM licensee WHERE licence_number = ?", "D-" + t)).isZero();
	}

	@Test
	void anOperatorsDataProviderWritesTheLedgerAndEachRowNamesIt() {
		String provider = "ledger-" + t.toLowerCase();
		ApiClient sender = user("IRONTRACE", provider, "DATA_PROVIDER");
		assertThat(sender.postCsv("/api/v1/imports/licensees", licensees()).status()).isEqualTo(200);
		Answer sale = sender.postCsv("/api/v1/imports/commerce-events", events());
		assertThat(sale.status()).as(sale.text()).isEqualTo(200);
		assertThat(sale.json().get("accepted").asLong()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT DISTINCT sent_by FROM custody_event_store WHERE serial_key = ?").param(t + "1")
			.query(String.class).list()).containsExactly(provider);
		assertThat(jdbc.sql("SELECT sent_by FROM licensee WHERE licence_number = ?").param("D-" + t)
			.query(String.class).single()).isEqualTo(provider);
	}

	/** Whoever slipped a sale into the ledger is named on every trace that sale reaches. */
	@Test
	void eachLinkOfATraceNamesWhoSentIt() {
		String provider = "ledger-" + t.toLowerCase();
		ApiClient sender = user("IRONTRACE", provider, "DATA_PROVIDER");
		assertThat(sender.postCsv("/api/v1/imports/licensees", licensees()).status()).isEqualTo(200);
		assertThat(sender.postCsv("/api/v1/imports/commerce-events", events()).status()).isEqualTo(200);
		String agency = "LDG-" + t;
		ApiClient analyst = operator.newAgencyWithAnalyst(agency, "MX", "analyst-" + t.toLowerCase());
		assertThat(analyst.postCsv("/api/v1/imports/recoveries", csv(LedgerFixtures.RECOVERIES_HEADER,
				"R1," + agency + ",2020-06-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,19,9mm,PISTOL,US,,"))
			.json()
			.get("rejected")
			.asInt()).isZero();
		Answer trace = analyst.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "R1"));
		assertThat(trace.status()).as(trace.text()).isEqualTo(200);
		assertThat(trace.json().get("chain").valueStream().map(link -> link.get("source").asString() + " "
				+ link.get("sentBy").asString()))
			.containsExactly("LEDGER " + provider, "LEDGER " + provider);
	}

	@Test
	void theCommandLineSignsItsRowsAsTheInstallation() {
		imports.importCsv("commerce-events", new ByteArrayInputStream(events().getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);
		assertThat(jdbc.sql("SELECT DISTINCT sent_by FROM custody_event_store WHERE serial_key = ?").param(t + "1")
			.query(String.class).list()).containsExactly("installation");
	}

	private ApiClient user(String agency, String username, String role) {
		assertThat(operator.postJson("/api/v1/users", Map.of("username", username, "password", ApiClient.ANALYST_PASSWORD,
				"agency", agency, "roles", List.of(role))).status()).isEqualTo(201);
		return new ApiClient(port).login(username, ApiClient.ANALYST_PASSWORD);
	}

	private String licensees() {
		return csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,");
	}

	/** A gun's transfer to a dealer and its sale to a purchaser. */
	private String events() {
		return csv(EVENTS_HEADER,
				String.join(",", t + "T", "TRANSFERRED", "2020-02-01", t + "1", "Glock", "", "19", "9mm", "PISTOL", "US",
						"M-" + t, "D-" + t, "", "", "", ""),
				String.join(",", t + "S", "SOLD", "2020-03-01", t + "1", "Glock", "", "19", "9mm", "PISTOL", "US",
						"D-" + t, "", "Ann", "Innocent", "1980-01-01", "TX"));
	}

	private long count(String sql, String param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}
}
