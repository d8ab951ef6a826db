package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every trace status and reason of FORMATS.md, through the HTTP API, with its names. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceContractTest {

	@LocalServerPort
	int port;

	ApiClient api;

	final String t = LedgerFixtures.uniqueTag();

	final String agency = "FGR-" + t;

	@BeforeAll
	void ledgerAndRecoveries() {
		api = new ApiClient(port);
		String maker = "M-" + t, importer = "I-" + t, distributor = "W-" + t, dealer = "D-" + t;
		assertThat(api.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER,
				maker + ",07,Maker " + t + ",1 Plant Rd,Springfield,MA,01104,US,ACTIVE",
				importer + ",08,Importer " + t + ",2 Port Rd,Delray Beach,FL,33483,US,ACTIVE",
				distributor + ",09,Wholesale " + t + ",3 Depot Rd,Dallas,TX,75201,US,ACTIVE",
				dealer + ",01,Border Guns " + t + ",4 Main St,Laredo,TX,78040,US,ACTIVE")).status()).isEqualTo(200);
		Answer ledger = api.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				// COMPLETED: made, distributed, sold in Laredo, recovered a year later in Tamaulipas.
				e("1a", "MANUFACTURED", "2019-01-10", "100", "Smith & Wesson", "", "M&P9", "9mm", "PISTOL", "US", "", maker),
				e("1b", "TRANSFERRED", "2019-02-01", "100", "Smith & Wesson", "", "M&P9", "9mm", "PISTOL", "US", maker, distributor),
				e("1c", "TRANSFERRED", "2019-03-01", "100", "SMITH AND WESSON", "", "", "", "", "US", distributor, dealer),
				sale("1d", "2020-01-15", "100", "Smith & Wesson", dealer),
				// PARTIAL, no retail sale: last seen at the dealer.
				e("2a", "MANUFACTURED", "2018-05-01", "200", "Glock", "", "19", "9x19", "PISTOL", "US", "", maker),
				e("2b", "TRANSFERRED", "2018-06-01", "200", "Glock", "", "19", "9x19", "PISTOL", "US", maker, dealer),
				// PARTIAL, stolen from the dealer.
				e("3a", "MANUFACTURED", "2018-05-01", "300", "Ruger", "", "LCP", ".380 ACP", "PISTOL", "US", "", maker),
				e("3b", "TRANSFERRED", "2018-06-01", "300", "Ruger", "", "LCP", ".380 ACP", "PISTOL", "US", maker, dealer),
				e("3c", "STOLEN", "2019-07-04", "300", "Ruger", "", "LCP", ".380 ACP", "PISTOL", "US", dealer, ""),
				// One serial at two makers: the serial alone does not decide.
				e("4a", "MANUFACTURED", "2017-01-01", "400", "Ruger", "", "10/22", ".22 LR", "RIFLE", "US", "", maker),
				e("4b", "MANUFACTURED", "2017-01-01", "400", "Colt", "", "AR-15", "5.56 NATO", "RIFLE", "US", "", maker),
				// Two guns whose serials differ in one character: a partial reading leaves both.
				e("5a", "MANUFACTURED", "2017-01-01", "510", "Smith & Wesson", "", "SD9", "9mm", "PISTOL", "US", "", maker),
				e("5b", "MANUFACTURED", "2017-01-01", "520", "Smith & Wesson", "", "SD40", ".40 S&W", "PISTOL", "US", "", maker),
				// A partial reading with one gun that fits.
				e("8a", "MANUFACTURED", "2016-01-01", "8KQ", "Smith & Wesson", "", "642", ".38 Special", "REVOLVER", "US", "", maker),
				sale("8b", "2016-03-01", "8KQ", "Smith & Wesson", dealer),
				// A serial the agency misreads (letters O for zeros).
				e("9a", "MANUFACTURED", "2016-01-01", "900", "Smith & Wesson", "", "SW40VE", ".40 S&W", "PISTOL", "US", "", maker),
				sale("9b", "2016-04-01", "900", "Smith & Wesson", dealer),
				// An imported AK-pattern rifle: made in Romania, imported by Century Arms.
				e("6a", "IMPORTED", "2018-01-05", "6WR", "Romarm", "Century Arms", "WASR-10", "7.62x39", "RIFLE", "RO", "", importer),
				e("6b", "TRANSFERRED", "2018-02-05", "6WR", "Romarm", "Century Arms", "WASR-10", "7.62x39", "RIFLE", "RO", importer, dealer),
				sale("6c", "2018-03-05", "6WR", "Romarm", dealer, "Century Arms", "RO"),
				// Sold only after the recovery: that sale cannot explain it.
				e("7a", "MANUFACTURED", "2019-01-01", "777", "Taurus", "", "G2C", "9mm", "PISTOL", "US", "", maker),
				sale("7b", "2022-06-01", "777", "Taurus", dealer)));
		assertThat(ledger.json().get("rejected").asInt()).as(ledger.text()).isZero();
		Answer recoveries = api.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				r("completed", "2021-01-14", s("100"), "N", "", "S&W", "", "M&P 9", "9mm Luger", "PISTOL", "US"),
				r("no-sale", "2021-01-14", s("200"), "N", "", "GLOCK", "", "", "", "", ""),
				r("stolen", "2021-01-14", s("300"), "N", "", "Sturm Ruger", "", "", "", "", ""),
				r("missing", "2021-01-14", "", "N", "", "Smith & Wesson", "", "", "", "PISTOL", ""),
				r("obliterated", "2021-01-14", "", "Y", "", "Smith & Wesson", "", "", "", "PISTOL", ""),
				r("no-maker", "2021-01-14", s("400"), "N", "", "", "", "", "", "RIFLE", ""),
				r("ambiguous", "2021-01-14", "", "Y", s("5?0"), "Smith & Wesson", "", "", "", "", ""),
				r("narrowed", "2021-01-14", "", "Y", s("5?0"), "Smith & Wesson", "", "", ".40 S&W", "", ""),
				r("foreign", "2021-01-14", s("600"), "N", "", "Norinco", "", "Type 56", "7.62x39", "RIFLE", "CN"),
				r("no-record", "2021-01-14", s("700"), "N", "", "Smith & Wesson", "", "", "", "", "US"),
				r("partial", "2021-01-14", "", "Y", s("8?Q"), "Smith & Wesson", "", "", "", "", ""),
				r("look-alike", "2021-01-14", s("9OO"), "N", "", "Smith & Wesson", "", "", "", "", ""),
				r("imported", "2020-03-05", s("6WR"), "N", "", "Cugir", "CAI", "WASR 10", "7.62 x 39", "RIFLE", "RO"),
				r("late-sale", "2021-01-14", s("777"), "N", "", "Taurus", "", "", "", "", "")));
		assertThat(recoveries.json().get("rejected").asInt()).as(recoveries.text()).isZero();
	}

	@Test
	void completedTraceGivesTheChainTheFirstRetailSaleAndTimeToCrime() {
		JsonNode trace = trace("completed");
		assertThat(trace.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(trace.get("reason").isNull()).isTrue();
		assertThat(trace.get("usSourced").asBoolean()).isTrue();
		assertThat(trace.get("timeToCrimeDays").asInt()).isEqualTo(365);
		assertThat(trace.get("chain").size()).isEqualTo(4);
		assertThat(trace.get("chain").get(0).get("eventType").asString()).isEqualTo("MANUFACTURED");
		assertThat(trace.get("chain").get(3).get("eventType").asString()).isEqualTo("SOLD");
		assertThat(trace.get("chain").get(3).get("fromLicence").asString()).isEqualTo("D-" + t);
		JsonNode sale = trace.get("firstRetailSale");
		assertThat(sale.get("licence").asString()).isEqualTo("D-" + t);
		assertThat(sale.get("businessName").asString()).isEqualTo("Border Guns " + t);
		assertThat(sale.get("state").asString()).isEqualTo("TX");
		assertThat(sale.get("saleDate").asString()).isEqualTo("2020-01-15");
		assertThat(sale.get("purchaser").get("lastName").asString()).isEqualTo("Buyer");
		assertThat(sale.get("purchaser").get("dob").asString()).isEqualTo("1990-05-05");
		assertThat(trace.get("firearm").get("manufacturer").asString()).isEqualTo("Smith & Wesson");
		assertThat(trace.get("firearm").get("serialNumber").asString()).isEqualTo(s("100"));
	}

	@Test
	void partialTracesSayWhereTheChainStops() {
		assertOutcome(trace("no-sale"), "PARTIAL", "NO_RETAIL_SALE_RECORD");
		assertThat(trace("no-sale").get("usSourced").asBoolean()).isTrue();
		JsonNode stolen = trace("stolen");
		assertOutcome(stolen, "PARTIAL", "STOLEN_FROM_LICENSEE");
		assertThat(stolen.get("chain").get(2).get("eventType").asString()).isEqualTo("STOLEN");
		assertThat(stolen.get("firstRetailSale").isNull()).isTrue();
		assertThat(stolen.get("timeToCrimeDays").isNull()).isTrue();
	}

	@Test
	void aSaleDatedAfterTheRecoveryDoesNotCompleteTheTrace() {
		JsonNode trace = trace("late-sale");
		assertOutcome(trace, "PARTIAL", "NO_RETAIL_SALE_RECORD");
		assertThat(trace.get("chain").size()).isEqualTo(1);
	}

	@Test
	void notTracedReasonsFollowFormatsRules() {
		assertOutcome(trace("missing"), "NOT_TRACED", "SERIAL_MISSING");
		assertOutcome(trace("obliterated"), "NOT_TRACED", "SERIAL_OBLITERATED");
		assertOutcome(trace("no-record"), "NOT_TRACED", "NO_MANUFACTURER_RECORD");
		assertThat(trace("no-record").get("usSourced").isNull()).isTrue();
	}

	@Test
	void withoutAManufacturerASerialFoundAtTwoMakersIsInsufficient() {
		JsonNode trace = trace("no-maker");
		assertOutcome(trace, "NOT_TRACED", "INSUFFICIENT_DESCRIPTION");
		assertThat(trace.get("candidates").size()).isEqualTo(2);
	}

	@Test
	void aPartialSerialThatFitsSeveralGunsIsAmbiguousAndListsThemAll() {
		JsonNode trace = trace("ambiguous");
		assertOutcome(trace, "NOT_TRACED", "AMBIGUOUS");
		assertThat(serials(trace.get("candidates"))).containsExactlyInAnyOrder(s("510"), s("520"));
	}

	@Test
	void whatElseIsKnownNarrowsTheCandidates() {
		JsonNode trace = trace("narrowed");
		assertOutcome(trace, "PARTIAL", "NO_RETAIL_SALE_RECORD");
		assertThat(trace.get("firearm").get("serialNumber").asString()).isEqualTo(s("520"));
		assertThat(serials(trace.get("candidates"))).containsExactly(s("520"));
	}

	@Test
	void aForeignGunWithNoImportRecordIsNotUsSourced() {
		JsonNode trace = trace("foreign");
		assertOutcome(trace, "NOT_TRACED", "FOREIGN_NOT_IMPORTED");
		assertThat(trace.get("usSourced").asBoolean()).isFalse();
	}

	@Test
	void aPartialSerialWithOneFittingGunIsTracedAsThatGun() {
		JsonNode trace = trace("partial");
		assertOutcome(trace, "COMPLETED", null);
		assertThat(serials(trace.get("candidates"))).containsExactly(s("8KQ"));
		assertThat(trace.get("candidates").get(0).get("score").asDouble()).isBetween(0.5, 1.0);
	}

	@Test
	void lookAlikeCharactersFindTheGunButAreNeverMerged() {
		JsonNode trace = trace("look-alike");
		assertOutcome(trace, "COMPLETED", null);
		assertThat(trace.get("firearm").get("serialNumber").asString()).isEqualTo(s("900"));
		JsonNode candidate = trace.get("candidates").get(0);
		assertThat(candidate.get("serialNumber").asString()).isEqualTo(s("900"));
		assertThat(candidate.get("score").asDouble()).isLessThan(1.0);
	}

	@Test
	void anImportedGunIsFoundThroughMakerAndImporterAliases() {
		JsonNode trace = trace("imported");
		assertOutcome(trace, "COMPLETED", null);
		assertThat(trace.get("usSourced").asBoolean()).isTrue();
		assertThat(trace.get("chain").get(0).get("eventType").asString()).isEqualTo("IMPORTED");
		assertThat(trace.get("timeToCrimeDays").asInt()).isEqualTo(731);
	}

	@Test
	void aTraceIsStoredAndReadableAgain() {
		JsonNode trace = trace("completed");
		Answer again = api.get("/api/v1/traces/" + trace.get("traceId").asString());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(again.json().get("recoveryId").asString()).isEqualTo("completed");
		assertThat(again.json().get("agency").asString()).isEqualTo(agency);
	}

	@Test
	void unknownTracesAndRecoveriesAnswer404AndBadRequests400() {
		assertThat(api.get("/api/v1/traces/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/traces/not-a-trace-id").status()).isEqualTo(404);
		Answer unknown = api.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "nope"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("error").asString()).isNotBlank();
		assertThat(api.postJson("/api/v1/traces", Map.of("agency", agency)).status()).isEqualTo(400);
		assertThat(api.post("/api/v1/traces", "application/json", "{not json").status()).isEqualTo(400);
	}

	@Test
	void tracingNeedsALogin() {
		Answer anonymous = new ApiClient(port).login(null, null)
			.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "completed"));
		assertThat(anonymous.status()).isEqualTo(401);
		Answer wrong = new ApiClient(port).login("admin", "wrong")
			.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "completed"));
		assertThat(wrong.status()).isEqualTo(401);
	}

	private JsonNode trace(String recoveryId) {
		Answer answer = api.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", recoveryId));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static void assertOutcome(JsonNode trace, String status, String reason) {
		assertThat(trace.get("status").asString()).as(trace.toString()).isEqualTo(status);
		if (reason == null) {
			assertThat(trace.get("reason").isNull()).as(trace.toString()).isTrue();
		}
		else {
			assertThat(trace.get("reason").asString()).as(trace.toString()).isEqualTo(reason);
		}
	}

	private static List<String> serials(JsonNode candidates) {
		return candidates.valueStream().map(c -> c.get("serialNumber").asString()).toList();
	}

	private String s(String suffix) {
		return t + suffix;
	}

	private String e(String id, String type, String date, String serial, String maker, String importer, String model,
			String caliber, String kind, String country, String from, String to) {
		return String.join(",", t + id, type, date, s(serial), maker, importer, model, caliber, kind, country, from, to,
				"", "", "", "");
	}

	private String sale(String id, String date, String serial, String maker, String dealer) {
		return sale(id, date, serial, maker, dealer, "", "US");
	}

	private String sale(String id, String date, String serial, String maker, String dealer, String importer,
			String country) {
		return String.join(",", t + id, "SOLD", date, s(serial), maker, importer, "", "", "", country, dealer, "",
				"Juan", "Buyer", "1990-05-05", "TX");
	}

	private String r(String id, String date, String serial, String obliterated, String partial, String maker,
			String importer, String model, String caliber, String kind, String country) {
		return String.join(",", id, agency, date, "MX", "TAM", "Reynosa", "ORGANIZED_CRIME", serial, obliterated,
				partial, maker, importer, model, caliber, kind, country, "Pedro", "Possessor");
	}
}
