package org.irontrace.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.webapp.PageBrowser;
import org.irontrace.webapp.WebDriverSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Three installations side by side, as Jamaica, Trinidad and Tobago and the CARICOM fusion centre
 * would run them: each national one grants the regional one's agency its records at its own level,
 * the regional one pulls them over signed messages, shows them as granted, reports reads back to
 * the owners, survives a peer going down, and forgets what a revoked agreement covered.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationTest {

	private static final String RECOVERIES = "recovery_id,agency,recovery_date,country,city,crime_code,serial_number,"
			+ "manufacturer,model,caliber,firearm_type,possessor_first_name,possessor_last_name,possessor_dob";

	private RunningInstallation jm;

	private RunningInstallation tt;

	private RunningInstallation impacs;

	private ApiClient impacsAnalyst;

	private ApiClient researchAnalyst;

	private ApiClient localAnalyst;

	private String jmFullAgreement;

	@BeforeAll
	void threeInstallations() throws Exception {
		jm = new RunningInstallation("jm");
		tt = new RunningInstallation("tt");
		impacs = new RunningInstallation("impacs");
		agency(jm, "JM-JCF", "JM", "NATIONAL");
		agency(tt, "TT-TTPS", "TT", "NATIONAL");
		agency(impacs, "CARICOM-IMPACS", "TT", "REGIONAL");
		agency(impacs, "IMPACS-RESEARCH", "TT", "REGIONAL");
		agency(impacs, "IMPACS-LOCAL", "TT", "NATIONAL");
		impacsAnalyst = user(impacs, "impacs-analyst", "CARICOM-IMPACS", "ANALYST");
		researchAnalyst = user(impacs, "research-analyst", "IMPACS-RESEARCH", "ANALYST");
		localAnalyst = user(impacs, "local-analyst", "IMPACS-LOCAL", "ANALYST");
		peer(impacs, jm);
		peer(impacs, tt);
		peer(jm, impacs);
		peer(tt, impacs);
		assertThat(jm.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "JM-1,JM-JCF,2024-02-03,JM,Kingston,HOMICIDE,AB100,Glock,19,9mm,PISTOL,Marlon,Brown,1990-04-05\n"
				+ "JM-2,JM-JCF,2024-02-10,JM,Kingston,ASSAULT,AB200,Smith & Wesson,M&P,9mm,PISTOL,Andre,Clarke,1988-01-01\n"
				+ "JM-3,JM-JCF,2024-03-01,JM,Montego Bay,WEAPONS_OFFENSE,AB300,Taurus,G2C,9mm,PISTOL,Kemar,Reid,\n")
			.json()
			.get("accepted")
			.asInt()).isEqualTo(3);
		assertThat(tt.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "TT-1,TT-TTPS,2024-05-01,TT,Port of Spain,HOMICIDE,CD100,Glock,17,9mm,PISTOL,Darren,Ali,1992-09-09\n"
				+ "TT-2,TT-TTPS,2024-05-07,TT,San Fernando,ROBBERY,CD200,Beretta,92,9mm,PISTOL,Keisha,Joseph,1995-03-03\n")
			.json()
			.get("accepted")
			.asInt()).isEqualTo(2);
	}

	@AfterAll
	void stopAll() throws Exception {
		for (RunningInstallation installation : new RunningInstallation[] { jm, tt, impacs }) {
			if (installation != null) {
				installation.close();
			}
		}
	}

	@Test
	@Order(1)
	void eachInstallationShowsItsNameAndPublicKeyWithoutLogin() {
		Answer self = new ApiClient(jm.port()).login(null, null).get("/api/v1/federation/self");
		assertThat(self.status()).isEqualTo(200);
		assertThat(self.json().get("name").asString()).isEqualTo("jm");
		assertThat(Installation.publicKeyOf(self.json().get("publicKey").asString())).isNotNull();
		Answer other = new ApiClient(tt.port()).login(null, null).get("/api/v1/federation/self");
		assertThat(other.json().get("publicKey").asString()).isNotEqualTo(self.json().get("publicKey").asString());
	}

	@Test
	@Order(2)
	void onlyOperatorsManagePeersAndAgreementsNameKnownPeersOnly() {
		Answer byAnalyst = impacsAnalyst.postJson("/api/v1/federation/peers",
				Map.of("name", "mx", "url", "http://localhost:1", "publicKey", jm.bean(Installation.class).publicKeyText()));
		assertThat(byAnalyst.status()).isEqualTo(403);
		assertThat(impacsAnalyst.get("/api/v1/federation/peers").status()).isEqualTo(403);
		Answer badKey = impacs.operator().postJson("/api/v1/federation/peers",
				Map.of("name", "mx", "url", "http://localhost:1", "publicKey", "not a key"));
		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.json().get("detail").asString()).contains("publicKey");
		Answer unknownPeer = grant(jm, "JM-JCF", "nowhere:CARICOM-IMPACS", "FULL");
		assertThat(unknownPeer.status()).isEqualTo(400);
		assertThat(unknownPeer.json().get("detail").asString()).contains("no peer installation nowhere");
	}

	@Test
	@Order(3)
	void theRegionalInstallationReceivesWhatEachNationalOneGrantsAtItsLevel() {
		jmFullAgreement = created(grant(jm, "JM-JCF", "impacs:CARICOM-IMPACS", "FULL")).get("id").asString();
		created(grant(tt, "TT-TTPS", "impacs:CARICOM-IMPACS", "RECORDS_WITHOUT_PERSONAL_DATA"));
		created(grant(jm, "JM-JCF", "impacs:IMPACS-RESEARCH", "AGGREGATES_ONLY"));

		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(3);
		assertThat(exchange(impacs, "tt").get("received").asInt()).isEqualTo(2);

		JsonNode jamaica = recoveries(impacsAnalyst, "jm:JM-JCF", "case CAR-7");
		assertThat(jamaica).hasSize(3);
		assertThat(jamaica.get(0).get("agency").asString()).isEqualTo("jm:JM-JCF");
		assertThat(jamaica.get(0).get("recoveryId").asString()).isEqualTo("JM-1");
		assertThat(jamaica.get(0).get("possessorLastName").asString()).isEqualTo("Brown");
		assertThat(jamaica.get(0).get("possessorDob").asString()).isEqualTo("1990-04-05");
		assertThat(jamaica.get(1).get("serialNumber").asString()).isEqualTo("AB200");

		JsonNode trinidad = recoveries(impacsAnalyst, "tt:TT-TTPS", null);
		assertThat(trinidad).hasSize(2);
		assertThat(trinidad.get(0).get("serialNumber").asString()).isEqualTo("CD100");
		assertThat(trinidad.get(0).get("possessorLastName").isNull()).isTrue();
		assertThat(trinidad.get(0).get("possessorDob").isNull()).isTrue();

		assertThat(recoveries(researchAnalyst, "jm:JM-JCF", null)).isEmpty();
		JsonNode counts = researchAnalyst.get("/api/v1/federation/aggregates?agency=jm:JM-JCF").json();
		assertThat(counts.valueStream().mapToLong(c -> c.get("recoveries").asLong()).sum()).isEqualTo(3);
		assertThat(counts.get(0).get("source").asString()).isEqualTo("jm:JM-JCF");
		assertThat(counts.get(0).get("month").asString()).isEqualTo("2024-02-01");
		assertThat(counts.get(0).get("recoveries").asLong()).isEqualTo(2);
		assertThat(impacsAnalyst.get("/api/v1/federation/aggregates?agency=jm:JM-JCF").json()).isEmpty();

		assertThat(recoveries(localAnalyst, "jm:JM-JCF", null)).isEmpty();
		assertThat(recoveries(localAnalyst, "tt:TT-TTPS", null)).isEmpty();

		// A serial seized here, as written another way, is found among what members granted.
		JsonNode bySerial = impacsAnalyst.get("/api/v1/federation/search?serial=ab-200").json();
		assertThat(bySerial).hasSize(1);
		assertThat(bySerial.get(0).get("agency").asString()).isEqualTo("jm:JM-JCF");
		assertThat(bySerial.get(0).get("possessorLastName").asString()).isEqualTo("Clarke");
		JsonNode withoutNames = impacsAnalyst.get("/api/v1/federation/search?serial=CD%20200").json();
		assertThat(withoutNames.get(0).get("agency").asString()).isEqualTo("tt:TT-TTPS");
		assertThat(withoutNames.get(0).get("possessorLastName").isNull()).isTrue();
		assertThat(researchAnalyst.get("/api/v1/federation/search?serial=AB200").json()).isEmpty();
		assertThat(localAnalyst.get("/api/v1/federation/search?serial=AB200").json()).isEmpty();
	}

	@Test
	@Order(4)
	void theFusionCentrePoolsWhatMembersGrantEachFigureWithItsSource() {
		JsonNode pooled = impacsAnalyst.get("/api/v1/federation/regional").json();
		assertThat(pooled.get("recovered").asLong()).isEqualTo(5);
		assertThat(pooled.get("sources").get("jm:JM-JCF").asLong()).isEqualTo(3);
		assertThat(pooled.get("sources").get("tt:TT-TTPS").asLong()).isEqualTo(2);
		assertThat(pooled.get("rows").valueStream().map(row -> row.get("source").asString() + " " + row.get("country").asString()
				+ " " + row.get("month").asString() + " " + row.get("recoveries").asLong() + " " + row.get("basis").asString()))
			.containsExactly("jm:JM-JCF JM 2024-02-01 2 RECORDS", "jm:JM-JCF JM 2024-03-01 1 RECORDS",
					"tt:TT-TTPS TT 2024-05-01 2 RECORDS");
		JsonNode research = researchAnalyst.get("/api/v1/federation/regional").json();
		assertThat(research.get("recovered").asLong()).isEqualTo(3);
		assertThat(research.get("rows").valueStream().map(row -> row.get("basis").asString())).containsOnly("AGGREGATES");
		assertThat(localAnalyst.get("/api/v1/federation/regional").json().get("recovered").asLong()).isZero();
	}

	@Test
	@Order(5)
	void anExchangeAgainBringsOnlyWhatIsNewAndDoublesNothing() {
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		assertThat(jm.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "JM-4,JM-JCF,2024-04-04,JM,Kingston,HOMICIDE,AB400,Glock,26,9mm,PISTOL,Shane,Gordon,1999-12-12\n")
			.status()).isEqualTo(200);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(1);
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null)).hasSize(4);
		// A record whose id sorts before what was received is missed by the cursor, and found by the count.
		assertThat(jm.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "JM-0,JM-JCF,2024-01-04,JM,Kingston,HOMICIDE,AB000,Glock,26,9mm,PISTOL,Paul,Scott,1985-05-05\n")
			.status()).isEqualTo(200);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(5);
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null).valueStream().map(r -> r.get("recoveryId").asString()))
			.containsExactly("JM-0", "JM-1", "JM-2", "JM-3", "JM-4");
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		JsonNode peer = impacs.operator().get("/api/v1/federation/peers/jm").json();
		assertThat(peer.get("grantedHere").valueStream().mapToLong(a -> a.get("records").asLong()).sum()).isEqualTo(5);
		assertThat(peer.get("peer").get("lastReceived").asLong()).isZero();
	}

	@Test
	@Order(6)
	void theOwnersAuditorsSeeWhoReadTheirRecordsElsewhereAndWhy() throws Exception {
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", "case CAR-8")).hasSize(5);
		assertThat(exchange(impacs, "jm").get("sent").asInt()).isEqualTo(5);
		ApiClient jmAuditor = user(jm, "jm-auditor", "JM-JCF", "AUDITOR");
		JsonNode reads = jmAuditor.get("/api/v1/federation/remote-reads?agency=JM-JCF").json();
		assertThat(reads.valueStream().map(r -> r.get("subject").asString()))
			.contains("recovery:JM-JCF/JM-1", "recovery:JM-JCF/JM-2", "recovery:JM-JCF/JM-3");
		JsonNode first = reads.valueStream()
			.filter(r -> r.get("subject").asString().equals("recovery:JM-JCF/JM-1")
					&& r.get("purpose").asString().contains("case CAR-8"))
			.findFirst()
			.orElseThrow();
		assertThat(first.get("username").asString()).isEqualTo("impacs:impacs-analyst");
		assertThat(first.get("agency").asString()).isEqualTo("JM-JCF");
		assertThat(first.get("purpose").asString()).contains("read at impacs by CARICOM-IMPACS");
		// Delivered once: another exchange reports nothing more and the owner records nothing twice.
		assertThat(exchange(impacs, "jm").get("sent").asInt()).isZero();
		assertThat(jmAuditor.get("/api/v1/federation/remote-reads?agency=JM-JCF").json()).hasSize(reads.size());
		// A report delivered twice (its answer lost on the way back) is recorded once.
		String report = "{\"cursors\":{},\"pageSize\":1,\"reads\":[{\"readId\":\"" + UUID.randomUUID()
				+ "\",\"ownerAgency\":\"JM-JCF\",\"subject\":\"recovery:JM-JCF/JM-2\",\"reader\":\"impacs-analyst\","
				+ "\"readerAgency\":\"CARICOM-IMPACS\",\"purpose\":\"case CAR-9\",\"readAt\":\"2026-01-01T00:00:00Z\"}]}";
		byte[] body = report.getBytes(StandardCharsets.UTF_8);
		for (int time = 0; time < 2; time++) {
			Map<String, String> signed = impacs.bean(SignedRequests.class)
				.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
			assertThat(post(jm, body, signed).statusCode()).isEqualTo(200);
		}
		assertThat(jmAuditor.get("/api/v1/federation/remote-reads?agency=JM-JCF").json()
			.valueStream()
			.filter(r -> r.get("purpose").asString().contains("case CAR-9"))
			.count()).isEqualTo(1);
		// Records read without personal data are not reported; another agency's auditor is refused.
		exchange(impacs, "tt");
		ApiClient ttAuditor = user(tt, "tt-auditor", "TT-TTPS", "AUDITOR");
		assertThat(ttAuditor.get("/api/v1/federation/remote-reads?agency=TT-TTPS").json()).isEmpty();
		assertThat(ttAuditor.get("/api/v1/federation/remote-reads?agency=JM-JCF").status()).isEqualTo(403);
	}

	@Test
	@Order(7)
	void unsignedTamperedStaleAndReplayedMessagesAreRefusedAndAudited() throws Exception {
		byte[] body = "{\"cursors\":{},\"pageSize\":10,\"reads\":[]}".getBytes(StandardCharsets.UTF_8);
		SignedRequests impacsSigner = impacs.bean(SignedRequests.class);
		Map<String, String> headers = impacsSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
		assertThat(post(jm, body, headers).statusCode()).isEqualTo(200);
		assertThat(post(jm, body, headers).statusCode()).as("replayed").isEqualTo(401);

		assertThat(post(jm, body, Map.of()).statusCode()).as("unsigned").isEqualTo(401);

		Map<String, String> fresh = impacsSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
		byte[] tampered = "{\"cursors\":{},\"pageSize\":99,\"reads\":[]}".getBytes(StandardCharsets.UTF_8);
		assertThat(post(jm, tampered, fresh).statusCode()).as("tampered").isEqualTo(401);

		String old = Instant.now().minus(20, ChronoUnit.MINUTES).toString();
		String nonce = UUID.randomUUID().toString();
		byte[] signature = impacs.bean(Installation.class)
			.sign(new SignedMessage("impacs", old, nonce, "POST", ExchangeMessages.PATH, body).canonicalBytes());
		Map<String, String> stale = Map.of(SignedMessage.SENDER, "impacs", SignedMessage.TIMESTAMP, old,
				SignedMessage.NONCE, nonce, SignedMessage.SIGNATURE, Base64.getEncoder().encodeToString(signature));
		assertThat(post(jm, body, stale).statusCode()).as("stale").isEqualTo(401);

		Map<String, String> byStranger = tt.bean(SignedRequests.class)
			.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
		assertThat(post(jm, body, byStranger).statusCode()).as("not a peer").isEqualTo(401);

		byte[] huge = new byte[1536 * 1024];
		assertThat(post(jm, huge, Map.of()).statusCode()).as("too large to read before the sender is known").isEqualTo(413);

		ApiClient auditor = user(jm, "ops-auditor", "IRONTRACE", "AUDITOR");
		JsonNode refusals = auditor.get("/api/v1/audit?action=PEER_MESSAGE_REFUSED").json();
		assertThat(refusals.valueStream().map(r -> r.get("purpose").asString())).contains(
				"replayed message (nonce already seen)", "unsigned message", "bad signature",
				"timestamp outside the window of 5 minutes", "unknown sender");
	}

	@Test
	@Order(8)
	void aPeerDownDuringAnExchangeIsRetriedAndNothingIsLostOrDoubled() {
		assertThat(jm.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "JM-5,JM-JCF,2024-06-01,JM,Kingston,HOMICIDE,AB500,Glock,17,9mm,PISTOL,Omar,Hall,1991-01-01\n"
				+ "JM-6,JM-JCF,2024-06-02,JM,Kingston,HOMICIDE,AB600,Glock,17,9mm,PISTOL,Ricky,Lee,1993-02-02\n"
				+ "JM-7,JM-JCF,2024-06-03,JM,Kingston,HOMICIDE,AB700,Glock,17,9mm,PISTOL,Tina,Moss,1994-03-03\n")
			.status()).isEqualTo(200);
		int port = jm.port();
		jm.stop();
		Answer down = impacs.operator().postJson("/api/v1/federation/peers/jm/exchange", Map.of());
		assertThat(down.status()).isEqualTo(502);
		JsonNode peer = impacs.operator().get("/api/v1/federation/peers/jm").json().get("peer");
		assertThat(peer.get("lastError").asString()).contains("unreachable");
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null)).hasSize(5);

		jm.start(port);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(3);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null).valueStream().map(r -> r.get("recoveryId").asString()))
			.containsExactly("JM-0", "JM-1", "JM-2", "JM-3", "JM-4", "JM-5", "JM-6", "JM-7");
		assertThat(impacs.operator().get("/api/v1/federation/peers/jm").json().get("peer").get("lastError").isNull()).isTrue();
	}

	@Test
	@Order(9)
	void aForeignRecoveryShowsItsOwnersTraceAndARetraceReachesTheGranteeAtTheNextExchange() {
		traced(jm, "JM-JCF,JM-1,T-JM-1,2024-03-01,COMPLETED,AB100,Glock,FL-1,Gulf Coast Guns,FL,2023-11-20,73");
		traced(tt, "TT-TTPS,TT-1,T-TT-1,2024-06-01,DEALER_ONLY,CD100,Glock,TX-9,Lone Star Arms,TX,,");
		assertThat(exchange(impacs, "jm").get("retraced").asInt()).isEqualTo(1);
		assertThat(exchange(impacs, "tt").get("retraced").asInt()).isEqualTo(1);

		JsonNode jamaican = granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200);
		assertThat(jamaican.get("heldBy").asString()).isEqualTo("jm");
		assertThat(jamaican.get("possessorLastName").asString()).isEqualTo("Brown");
		JsonNode trace = jamaican.get("trace");
		assertThat(trace.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(trace.get("dealerName").asString()).isEqualTo("Gulf Coast Guns");
		assertThat(trace.get("dealerLicence").asString()).isEqualTo("FL-1");
		assertThat(trace.get("sourceState").asString()).isEqualTo("FL");
		assertThat(trace.get("timeToCrimeDays").asInt()).isEqualTo(73);
		assertThat(trace.get("tracedBy").asString()).isEqualTo("jm");
		assertThat(granted(impacsAnalyst, "jm:JM-JCF/JM-2", 200).get("trace").isNull()).as("not traced at jm").isTrue();
		JsonNode withoutNames = granted(impacsAnalyst, "tt:TT-TTPS/TT-1", 200);
		assertThat(withoutNames.get("possessorLastName").isNull()).isTrue();
		assertThat(withoutNames.get("trace").get("status").asString()).as("a dealer without a purchaser").isEqualTo("PARTIAL");
		assertThat(withoutNames.get("trace").get("dealerLicence").asString()).as("the licensee it last reached")
			.isEqualTo("TX-9");
		granted(localAnalyst, "jm:JM-JCF/JM-1", 404);
		granted(researchAnalyst, "jm:JM-JCF/JM-1", 404);

		// Nothing changed at the owners: nothing is sent again.
		assertThat(exchange(impacs, "jm").get("retraced").asInt()).isZero();
		// The owner traces the gun again: the grantee holds the new answer after the next exchange, once.
		String tracedBefore = granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200).get("trace").get("tracedAt").asString();
		traced(jm, "JM-JCF,JM-1,T-JM-1B,2024-05-01,COMPLETED,AB100,Glock,GA-2,Peach State Pawn,GA,2023-12-01,92");
		JsonNode owners = jm.operator().get("/api/v1/traces?agency=JM-JCF&recoveryId=JM-1").json().get(0);
		assertThat(granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200).get("trace").get("tracedAt").asString())
			.as("before the exchange").isEqualTo(tracedBefore);
		JsonNode outcome = exchange(impacs, "jm");
		assertThat(outcome.get("retraced").asInt()).isEqualTo(1);
		assertThat(outcome.get("received").asInt()).isZero();
		JsonNode retraced = granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200).get("trace");
		assertThat(retraced.get("tracedAt").asString()).isNotEqualTo(tracedBefore);
		assertThat(retraced.get("status").asString()).isEqualTo(owners.get("status").asString());
		assertThat(retraced.get("dealerName").asString())
			.isEqualTo(owners.get("firstRetailSale").get("businessName").asString());
		assertThat(retraced.get("timeToCrimeDays").asInt()).isEqualTo(owners.get("timeToCrimeDays").asInt());
		assertThat(exchange(impacs, "jm").get("retraced").asInt()).isZero();

		// Each read of the Jamaican possessor with its trace is reported to Jamaica's auditors.
		ApiClient jmAuditor = user(jm, "jm-auditor-2", "JM-JCF", "AUDITOR");
		long readsBefore = readsOf(jmAuditor, "recovery:JM-JCF/JM-1");
		granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200);
		granted(impacsAnalyst, "tt:TT-TTPS/TT-1", 200);
		granted(localAnalyst, "jm:JM-JCF/JM-1", 404);
		exchange(impacs, "jm");
		assertThat(readsOf(jmAuditor, "recovery:JM-JCF/JM-1")).isEqualTo(readsBefore + 1);
	}

	private static long readsOf(ApiClient auditor, String subject) {
		return readsOf(auditor, "JM-JCF", subject);
	}

	@Test
	@Order(10)
	void theFusionCentrePoolsTheDashboardFiguresFromWhatMembersGrantEachWithItsSources() {
		JsonNode pooled = impacsAnalyst.get("/api/v1/federation/regional").json().get("pooled");
		assertThat(pooled.get("recovered").asLong()).isEqualTo(10);
		assertThat(pooled.get("traced").asLong()).isEqualTo(2);
		assertThat(pooled.get("sources").valueStream().map(s -> s.get("source").asString() + " " + s.get("recovered").asLong()
				+ " " + s.get("traced").asLong())).containsExactly("jm:JM-JCF 8 1", "tt:TT-TTPS 2 1");
		// The re-traced Jamaican gun counts once, with the answer its owner holds now (73 or 92 days: ATF's first or second bucket).
		JsonNode current = granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200).get("trace");
		String state = current.get("sourceState").asString();
		assertThat(pooled.get("sourceStates").valueStream()
			.filter(s -> s.get("sources").has("jm:JM-JCF"))
			.map(s -> s.get("key").asString() + " " + s.get("sources").toString()))
			.containsExactly(state + " {\"jm:JM-JCF\":1}");
		String bucket = current.get("timeToCrimeDays").asInt() < 91 ? "0" : "1";
		assertThat(pooled.get("timeToCrime").valueStream().map(b -> b.get("key").asString() + " "
				+ b.get("sources").toString())).containsExactly(bucket + " {\"jm:JM-JCF\":1}");
		assertThat(researchAnalyst.get("/api/v1/federation/regional").json().get("pooled").get("recovered").asLong())
			.as("counts only: no record to pool").isZero();
		assertThat(localAnalyst.get("/api/v1/federation/regional").json().get("pooled").get("sources")).isEmpty();

		// Its reports count them with this installation's own recoveries, and say where they come from.
		JsonNode jamaica = impacsAnalyst.get("/api/v1/reports/recoveries?country=JM&from=2024-01-01&to=2024-12-31").json();
		assertThat(jamaica.get("recovered").asLong()).isEqualTo(8);
		assertThat(jamaica.get("traced").asLong()).isEqualTo(1);
		assertThat(jamaica.get("firearmTypes").valueStream().map(t -> t.get("type").asString() + " " + t.get("count").asLong()))
			.containsExactly("PISTOL 8");
		assertThat(jamaica.get("sourceStates").valueStream().map(t -> t.get("state").asString() + " " + t.get("count").asLong()))
			.containsExactly(state + " 1");
		assertThat(jamaica.get("grantedByOtherInstallations").valueStream()
			.map(g -> g.get("source").asString() + " " + g.get("installation").asString() + " " + g.get("agency").asString()
					+ " " + g.get("recovered").asLong() + " " + g.get("traced").asLong()))
			.containsExactly("jm:JM-JCF jm JM-JCF 8 1");
		// The documents an analyst sends on say the same.
		assertThat(impacsAnalyst.get("/api/v1/reports/recoveries?country=JM&from=2024-01-01&to=2024-12-31&format=csv").text())
			.contains("grantedByOtherInstallations,jm:JM-JCF,recovered,8", "grantedByOtherInstallations,jm:JM-JCF,traced,1");
		String document = impacsAnalyst.get("/api/v1/reports/recoveries?country=JM&from=2024-01-01&to=2024-12-31&format=html").text();
		assertThat(document.substring(document.indexOf("id=\"granted-by-other-installations\"")))
			.contains("<td>jm:JM-JCF</td>", "<td>jm</td>", "<td>JM-JCF</td>", "<td class=\"n\">8</td>", "<td class=\"n\">1</td>");
		JsonNode trinidad = impacsAnalyst.get("/api/v1/reports/recoveries?country=TT&from=2024-01-01&to=2024-12-31").json();
		assertThat(trinidad.get("recovered").asLong()).isEqualTo(2);
		assertThat(trinidad.get("grantedByOtherInstallations").get(0).get("source").asString()).isEqualTo("tt:TT-TTPS");
		for (ApiClient without : List.of(researchAnalyst, localAnalyst)) {
			JsonNode none = without.get("/api/v1/reports/recoveries?country=JM&from=2024-01-01&to=2024-12-31").json();
			assertThat(none.get("recovered").asLong()).as("counts only, or no grant: no record to count").isZero();
			assertThat(none.path("grantedByOtherInstallations").isEmpty()).isTrue();
		}

		// The dashboard shows them apart from the agency's own figures, each row naming its source.
		String dashboard = new PageBrowser(impacs.port()).signIn("impacs-analyst", ApiClient.ANALYST_PASSWORD)
			.get("/app/dashboard?lang=en")
			.html();
		String granted = dashboard.substring(dashboard.indexOf("id=\"granted-figures\""));
		assertThat(granted).contains("Granted by other installations", "JM-JCF", "<td>jm</td>", "TT-TTPS", "<td>tt</td>",
				"<td>10</td>", state, "jm:JM-JCF 1");
		assertThat(new PageBrowser(impacs.port()).signIn("local-analyst", ApiClient.ANALYST_PASSWORD)
			.get("/app/dashboard?lang=en")
			.html()).doesNotContain("granted-figures");
	}

	@Test
	@Order(11)
	void inABrowserTheForeignRecoveryPageShowsItsOwnerItsTraceReadOnlyAndRedactsByLevel() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		Path screenshots = Path.of("target", "browser-screenshots");
		Files.createDirectories(screenshots);
		String app = impacs.url();
		try (WebDriverSession browser = WebDriverSession.start(screenshots.resolve("chromedriver-federation.log").toFile())) {
			browser.signIn(app, "en", "impacs-analyst", ApiClient.ANALYST_PASSWORD);
			browser.open(app + "/app/foreign-recoveries/jm:JM-JCF/JM-1?lang=en");
			assertThat(browser.text("h1")).isEqualTo("Recovery JM-1 of jm:JM-JCF");
			assertThat(browser.text("#held-by")).contains("Held by jm", "Full records");
			assertThat(browser.text("#read-only")).contains("Read-only", "only jm can change this record");
			assertThat(browser.text("#possessor")).contains("Marlon", "Brown");
			JsonNode trace = granted(impacsAnalyst, "jm:JM-JCF/JM-1", 200).get("trace");
			assertThat(browser.text("#trace-dealer")).contains(trace.get("dealerName").asString(),
					trace.get("dealerLicence").asString());
			assertThat(browser.text("#trace-state")).isEqualTo(trace.get("sourceState").asString());
			assertThat(browser.text("#trace-time-to-crime")).isEqualTo(trace.get("timeToCrimeDays").asInt() + " days");
			Files.write(screenshots.resolve("foreign-recovery-full.png"), browser.screenshot());

			browser.open(app + "/app/foreign-recoveries/tt:TT-TTPS/TT-1?lang=en");
			assertThat(browser.text("#held-by")).contains("Held by tt", "Records without personal data");
			assertThat(browser.text("#read-only")).contains("only tt can change this record");
			assertThat(browser.text("#possessor")).startsWith("Withheld");
			assertThat(browser.pageText()).doesNotContain("Darren", "1992-09-09");
			assertThat(browser.text("#trace-dealer")).contains("TX-9");
			Files.write(screenshots.resolve("foreign-recovery-without-personal-data.png"), browser.screenshot());
		}
		try (WebDriverSession browser = WebDriverSession.start(screenshots.resolve("chromedriver-federation-2.log").toFile())) {
			browser.signIn(app, "en", "local-analyst", ApiClient.ANALYST_PASSWORD);
			browser.open(app + "/app/foreign-recoveries/jm:JM-JCF/JM-1?lang=en");
			assertThat(browser.pageText()).doesNotContain("Marlon", "AB100");
		}
	}

	@Test
	@Order(12)
	void aForeignPossessorAppearsBesideTheGranteesPeopleOnlyAtTheLevelThatGrantsNames() {
		// Two people known here: one also in what jm grants with names, one in what tt grants without.
		assertThat(impacs.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "L-1,IMPACS-LOCAL,2024-07-01,TT,Chaguanas,HOMICIDE,EF100,Glock,19,9mm,PISTOL,Marlon,Brown,1990-04-05\n"
				+ "L-2,IMPACS-LOCAL,2024-07-02,TT,Arima,ROBBERY,EF200,Taurus,G2C,9mm,PISTOL,Darren,Ali,1992-09-09\n")
			.json()
			.get("accepted")
			.asInt()).isEqualTo(2);
		assertThat(impacs.operator().postJson("/api/v1/people/resolve", Map.of()).status()).isEqualTo(200);
		String marlon = personOf(impacs, "recovery:IMPACS-LOCAL/L-1");
		String darren = personOf(impacs, "recovery:IMPACS-LOCAL/L-2");
		ApiClient jmAuditor = user(jm, "jm-auditor-3", "JM-JCF", "AUDITOR");
		exchange(impacs, "jm");
		long readsBefore = readsOf(jmAuditor, "recovery:JM-JCF/JM-1");

		// The API: the same person by name and birth date, or by a near name; FULL grants only.
		JsonNode byKey = impacsAnalyst.get("/api/v1/federation/people?firstName=marlon&lastName=BROWN&dob=1990-04-05").json();
		assertThat(byKey.valueStream().map(r -> r.get("agency").asString() + "/" + r.get("recoveryId").asString()))
			.containsExactly("jm:JM-JCF/JM-1");
		assertThat(byKey.get(0).get("possessorDob").asString()).isEqualTo("1990-04-05");
		assertThat(impacsAnalyst.get("/api/v1/federation/people?firstName=Marlon&lastName=Brown&dob=1990-04-06").json())
			.as("another birth date, another person").isEmpty();
		assertThat(impacsAnalyst.get("/api/v1/federation/people?name=marlon%20browne").json().get(0).get("recoveryId").asString())
			.isEqualTo("JM-1");
		assertThat(impacsAnalyst.get("/api/v1/federation/people?firstName=Darren&lastName=Ali&dob=1992-09-09").json())
			.as("tt grants records without personal data").isEmpty();
		assertThat(impacsAnalyst.get("/api/v1/federation/people?name=Darren%20Ali").json()).isEmpty();
		assertThat(researchAnalyst.get("/api/v1/federation/people?name=Marlon%20Brown").json()).as("aggregates only").isEmpty();
		assertThat(localAnalyst.get("/api/v1/federation/people?name=Marlon%20Brown").json()).as("nothing granted").isEmpty();
		Answer badDate = impacsAnalyst.get("/api/v1/federation/people?firstName=Marlon&lastName=Brown&dob=5%20April");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().get("detail").asString()).contains("'dob'", "5 April");
		assertThat(impacsAnalyst.get("/api/v1/federation/people").status()).isEqualTo(400);

		// The person page: the Jamaican record beside the local one, with its owner, marked read-only.
		PageBrowser operator = new PageBrowser(impacs.port()).signIn("admin", ApiClient.ADMIN_PASSWORD);
		String page = operator.get("/app/people/" + marlon + "?lang=en").html();
		assertThat(page).contains("Foreign evidence", "/app/foreign-recoveries/jm:JM-JCF/JM-1", "JM-JCF", "read-only",
				"1990-04-05", "Brown");
		assertThat(page.substring(page.indexOf("id=\"foreign-evidence\""))).contains("<td>jm</td>");
		assertThat(operator.get("/app/people/" + darren + "?lang=en").html()).as("granted without names")
			.doesNotContain("foreign-evidence", "TT-1");

		// The search: the analyst whose agency jm grants names finds Marlon Brown there; others do not.
		PageBrowser analyst = new PageBrowser(impacs.port()).signIn("impacs-analyst", ApiClient.ANALYST_PASSWORD);
		assertThat(analyst.get("/app/search?q=Marlon+Brown&lang=en").html())
			.contains("People in records other installations granted", "/app/foreign-recoveries/jm:JM-JCF/JM-1");
		PageBrowser research = new PageBrowser(impacs.port()).signIn("research-analyst", ApiClient.ANALYST_PASSWORD);
		assertThat(research.get("/app/search?q=Marlon+Brown&lang=en").html()).doesNotContain("foreign-evidence", "JM-1");

		// Every one of those reads of the Jamaican possessor reaches Jamaica's auditors.
		exchange(impacs, "jm");
		assertThat(readsOf(jmAuditor, "recovery:JM-JCF/JM-1")).isEqualTo(readsBefore + 4);
	}

	private static String personOf(RunningInstallation at, String record) {
		Answer person = at.operator().get("/api/v1/people?record=" + java.net.URLEncoder.encode(record, StandardCharsets.UTF_8));
		assertThat(person.status()).as(person.text()).isEqualTo(200);
		return person.json().get("personId").asString();
	}

	@Test
	@Order(13)
	void aPeerRotatesItsKeyWithoutLosingWhatItSharedAndItsOldKeyIsRefusedAfterTheGrace() throws Exception {
		byte[] body = "{\"cursors\":{},\"pageSize\":1,\"reads\":[]}".getBytes(StandardCharsets.UTF_8);
		SignedRequests jmSigner = jm.bean(SignedRequests.class);
		Map<String, String> byOldKey = jmSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
		Map<String, String> byOldKeyLater = jmSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body);
		String oldKey = jm.bean(Installation.class).publicKeyText();

		assertThat(impacsAnalyst.postJson("/api/v1/federation/self/rotate-key", Map.of()).status()).isEqualTo(403);
		assertThat(jm.operator().postJson("/api/v1/federation/self/rotate-key", Map.of("oldKeyValidMinutes", -1)).status())
			.isEqualTo(400);
		Answer rotated = jm.operator().postJson("/api/v1/federation/self/rotate-key", Map.of("oldKeyValidMinutes", 60));
		assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
		String newKey = rotated.json().get("publicKey").asString();
		assertThat(newKey).isNotEqualTo(oldKey);
		assertThat(new ApiClient(jm.port()).login(null, null).get("/api/v1/federation/self").json().get("publicKey").asString())
			.isEqualTo(newKey);

		// The fusion centre has not taken the new key yet: jm's messages still carry a signature by the old one.
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		assertThat(post(impacs, body, jmSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body))
			.statusCode()).isEqualTo(200);

		// Its operator takes the new key; the old one is still trusted for the hour they give.
		assertThat(impacsAnalyst.putJson("/api/v1/federation/peers/jm/key", Map.of("publicKey", newKey)).status())
			.isEqualTo(403);
		assertThat(impacs.operator().putJson("/api/v1/federation/peers/jm/key", Map.of("publicKey", "not a key")).status())
			.isEqualTo(400);
		Answer replaced = impacs.operator().putJson("/api/v1/federation/peers/jm/key",
				Map.of("publicKey", newKey, "oldKeyValidMinutes", 60));
		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		assertThat(replaced.json().get("publicKey").asString()).isEqualTo(newKey);
		assertThat(replaced.json().get("previousPublicKey").asString()).isEqualTo(oldKey);
		assertThat(post(impacs, body, byOldKey).statusCode()).as("old key, within the grace").isEqualTo(200);

		// The grace ended: a message signed by the old key alone is refused; the new key works.
		assertThat(impacs.operator().putJson("/api/v1/federation/peers/jm/key",
				Map.of("publicKey", newKey, "oldKeyValidMinutes", 0)).status()).isEqualTo(200);
		assertThat(post(impacs, body, byOldKeyLater).statusCode()).as("old key, after the grace").isEqualTo(401);
		Map<String, String> byNewKeyOnly = new java.util.HashMap<>(
				jmSigner.sign("POST", ExchangeMessages.PATH, UUID.randomUUID().toString(), body));
		byNewKeyOnly.remove(SignedMessage.PREVIOUS_SIGNATURE);
		assertThat(post(impacs, body, byNewKeyOnly).statusCode()).isEqualTo(200);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null)).as("what jm shared stays").hasSize(8);
	}

	@Test
	@Order(14)
	void theCommandLineRotatesTheKeyAndTakesAPeersNewKeyAsTheHttpCallsDo() {
		String before = jm.bean(Installation.class).publicKeyText();
		int jmPort = jm.port();
		jm.stop();
		assertThat(jm.command("federation", "rotate-key", "--old-key-valid-minutes", "-5")).as("a grace below 0").isEqualTo(2);
		assertThat(jm.command("federation", "rotate-key", "--old-key-valid-minutes", "0")).isZero();
		jm.start(jmPort);
		String after = jm.bean(Installation.class).publicKeyText();
		assertThat(after).isNotEqualTo(before);
		assertThat(new ApiClient(jm.port()).login(null, null).get("/api/v1/federation/self").json().get("publicKey").asString())
			.isEqualTo(after);
		// The fusion centre still trusts the key before, and jm's old key no longer signs: its answers are not believed.
		assertThat(impacs.operator().postJson("/api/v1/federation/peers/jm/exchange", Map.of()).status()).isEqualTo(502);

		int impacsPort = impacs.port();
		impacs.stop();
		assertThat(impacs.command("federation", "peer-key", "nowhere", "--key", after)).as("no such peer").isEqualTo(2);
		assertThat(impacs.command("federation", "peer-key", "jm", "--key", "not a key")).as("not a key").isEqualTo(2);
		assertThat(impacs.command("federation", "peer-key", "jm", "--key", after, "--old-key-valid-minutes", "0")).isZero();
		impacs.start(impacsPort);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isZero();
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null)).as("what jm shared stays").hasSize(8);

		String console = System.getProperty("user.name");
		ApiClient jmOperations = user(jm, "jm-ops-auditor", "IRONTRACE", "AUDITOR");
		assertThat(jmOperations.get("/api/v1/audit?action=INSTALLATION_KEY_ROTATED").json().valueStream()
			.map(e -> e.get("username").asString())).contains(console);
		ApiClient impacsOperations = user(impacs, "impacs-ops-auditor", "IRONTRACE", "AUDITOR");
		assertThat(impacsOperations.get("/api/v1/audit?action=PEER_KEY_REPLACED").json().valueStream()
			.filter(e -> e.get("username").asString().equals(console))
			.map(e -> e.get("subject").asString())).containsExactly("peer:jm");
	}

	@Test
	@Order(15)
	void aLeadAboutAPersonListsWhatAnotherInstallationGrantsAboutThemApart() {
		// A straw purchaser here, whom Jamaica also recovered a gun from and grants with names.
		String tag = org.irontrace.LedgerFixtures.uniqueTag();
		org.irontrace.StrawPurchaseForTest.load(impacs.operator(), localAnalyst, tag, "IMPACS-LOCAL");
		assertThat(jm.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n"
				+ "JM-8,JM-JCF,2024-08-01,JM,Kingston,HOMICIDE,AB800,Glock,19,9mm,PISTOL,Ana,Ruiz" + tag + ",1985-02-03\n")
			.status()).isEqualTo(200);
		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(1);
		long leadId = personLead(impacs.operator(), "Ruiz" + tag);

		String page = new PageBrowser(impacs.port()).signIn("admin", ApiClient.ADMIN_PASSWORD)
			.get("/app/leads/" + leadId + "?lang=en")
			.html();
		assertThat(page.substring(page.indexOf("id=\"foreign-evidence\""))).contains("Foreign evidence",
				"/app/foreign-recoveries/jm:JM-JCF/JM-8", "read-only", "<td>JM-JCF</td>", "<td>jm</td>", "1985-02-03");
		// The lead's own agency sees its names, but Jamaica grants it nothing: no foreign evidence.
		String ownAgency = new PageBrowser(impacs.port()).signIn("local-analyst", ApiClient.ANALYST_PASSWORD)
			.get("/app/leads/" + leadId + "?lang=en")
			.html();
		assertThat(ownAgency).contains("Ruiz" + tag).doesNotContain("foreign-evidence", "JM-8");
	}

	/** The PERSON lead about a purchaser; the leads follow traces in the background, so look again for up to two minutes. */
	private static long personLead(ApiClient reader, String lastName) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (true) {
			for (JsonNode lead : reader.get("/api/v1/leads?type=PERSON&limit=10000").json()) {
				JsonNode people = lead.get("people");
				if (people != null && !people.isEmpty() && lastName.equalsIgnoreCase(people.get(0).path("lastName").asString(""))) {
					return lead.get("id").asLong();
				}
			}
			assertThat(System.nanoTime()).as("a PERSON lead about " + lastName).isLessThan(deadline);
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	@Test
	@Order(16)
	void aTracedPurchaserTravelsOnlyAtFullAndIsFoundBesideTheGranteesPeople() {
		// Rosa Vega bought guns in Florida that Jamaica (FULL) and Trinidad and Tobago (no names) recovered.
		recovered(jm, "JM-9,JM-JCF,2024-09-01,JM,Kingston,HOMICIDE,AB900,Glock,19,9mm,PISTOL,Omar,Grant,1991-01-01");
		recovered(tt, "TT-9,TT-TTPS,2024-09-03,TT,Arima,HOMICIDE,CD900,Glock,19,9mm,PISTOL,Kevon,Lewis,1993-02-02");
		tracedTo(jm, "JM-JCF,JM-9,T-JM-9,2024-09-10,COMPLETED,AB900,Glock,FL-1,Gulf Coast Guns,FL,2024-06-01,Rosa,Vega,1987-06-15,FL");
		tracedTo(tt, "TT-TTPS,TT-9,T-TT-9,2024-09-12,COMPLETED,CD900,Glock,FL-1,Gulf Coast Guns,FL,2024-06-01,Rosa,Vega,1987-06-15,FL");
		assertThat(exchange(impacs, "jm").get("received").asInt()).isEqualTo(1);
		assertThat(exchange(impacs, "tt").get("received").asInt()).isEqualTo(1);

		// At FULL the purchaser arrives with the trace and is found by name and birth date, or by a near name.
		JsonNode jamaican = granted(impacsAnalyst, "jm:JM-JCF/JM-9", 200).get("trace").get("purchaser");
		assertThat(jamaican.get("lastName").asString()).isEqualTo("Vega");
		assertThat(jamaican.get("dob").asString()).isEqualTo("1987-06-15");
		assertThat(jamaican.get("state").asString()).isEqualTo("FL");
		JsonNode byKey = impacsAnalyst.get("/api/v1/federation/people?firstName=ROSA&lastName=vega&dob=1987-06-15").json();
		assertThat(byKey.valueStream().map(r -> r.get("agency").asString() + "/" + r.get("recoveryId").asString()))
			.as("Trinidad and Tobago grants no names").containsExactly("jm:JM-JCF/JM-9");
		assertThat(byKey.get(0).get("purchaserLastName").asString()).isEqualTo("Vega");
		assertThat(byKey.get(0).get("purchaserDob").asString()).isEqualTo("1987-06-15");
		assertThat(byKey.get(0).get("possessorLastName").asString()).as("the possessor is another person").isEqualTo("Grant");
		assertThat(impacsAnalyst.get("/api/v1/federation/people?name=rosa%20vega").json().valueStream()
			.map(r -> r.get("recoveryId").asString())).containsExactly("JM-9");
		assertThat(researchAnalyst.get("/api/v1/federation/people?name=rosa%20vega").json()).as("aggregates only").isEmpty();

		// Below FULL the owner never sent the purchaser: the trace arrives without one.
		JsonNode withoutNames = granted(impacsAnalyst, "tt:TT-TTPS/TT-9", 200).get("trace");
		assertThat(withoutNames.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(withoutNames.get("purchaser").isNull()).isTrue();

		// A person known here by the same name and birth date sees the Jamaican record beside them.
		recovered(impacs, "L-9,IMPACS-LOCAL,2024-10-01,TT,Chaguanas,WEAPONS_OFFENSE,EF900,Taurus,G2C,9mm,PISTOL,Rosa,Vega,1987-06-15");
		assertThat(impacs.operator().postJson("/api/v1/people/resolve", Map.of()).status()).isEqualTo(200);
		String rosa = personOf(impacs, "recovery:IMPACS-LOCAL/L-9");
		ApiClient jmAuditor = user(jm, "jm-auditor-4", "JM-JCF", "AUDITOR");
		exchange(impacs, "jm"); // The reads above reach Jamaica first.
		long readsBefore = readsOf(jmAuditor, "recovery:JM-JCF/JM-9");
		String page = new PageBrowser(impacs.port()).signIn("admin", ApiClient.ADMIN_PASSWORD)
			.get("/app/people/" + rosa + "?lang=en")
			.html();
		String evidence = page.substring(page.indexOf("id=\"foreign-evidence\""));
		assertThat(evidence).contains("/app/foreign-recoveries/jm:JM-JCF/JM-9", "First retail purchaser",
				"Rosa Vega (1987-06-15, FL)").doesNotContain("TT-9");

		// A re-trace at the owner finds an earlier sale to another purchaser: he replaces her at the next exchange.
		tracedTo(jm, "JM-JCF,JM-9,T-JM-9B,2024-10-05,COMPLETED,AB900,Glock,FL-1,Gulf Coast Guns,FL,2024-05-01,Luis,Paz,1980-01-01,FL");
		assertThat(jm.operator().get("/api/v1/traces?agency=JM-JCF&recoveryId=JM-9").json().get(0).get("firstRetailSale")
			.get("purchaser").get("lastName").asString()).as("the owner's answer now").isEqualTo("Paz");
		assertThat(exchange(impacs, "jm").get("retraced").asInt()).isEqualTo(1);
		assertThat(impacsAnalyst.get("/api/v1/federation/people?firstName=Rosa&lastName=Vega&dob=1987-06-15").json()).isEmpty();
		assertThat(impacsAnalyst.get("/api/v1/federation/people?firstName=Luis&lastName=Paz&dob=1980-01-01").json()
			.get(0).get("recoveryId").asString()).isEqualTo("JM-9");

		// Each read of the Jamaican record with its purchaser reached Jamaica's auditors.
		exchange(impacs, "jm");
		assertThat(readsOf(jmAuditor, "recovery:JM-JCF/JM-9")).as("the person page and Luis Paz found")
			.isEqualTo(readsBefore + 2);
	}

	/** One recovery stored at an installation (recoveries.csv). */
	private static void recovered(RunningInstallation at, String row) {
		Answer answer = at.operator().postCsv("/api/v1/imports/recoveries", RECOVERIES + "\n" + row + "\n");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(1);
	}

	/** One answer of the tracing authority that names the first retail purchaser (trace_results.csv). */
	private static void tracedTo(RunningInstallation at, String row) {
		Answer answer = at.operator().postCsv("/api/v1/imports/trace-results", "agency,recovery_id,trace_number,result_date,"
				+ "trace_status,serial_number,manufacturer,dealer_licence,dealer_name,dealer_state,sale_date,"
				+ "purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_state\n" + row + "\n");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(1);
	}

	@Test
	@Order(17)
	void aStrawPurchaserWhoseGunsTwoCountriesRecoveredIsOneRingAtTheFusionCentreOnlyAtFull() {
		// Nadia Cole bought in Florida; Jamaica took one of her guns from someone else, Trinidad and Tobago two.
		recovered(jm, "JM-10,JM-JCF,2024-10-01,JM,Spanish Town,HOMICIDE,AB1000,Glock,19,9mm,PISTOL,Tyrone,Bell,1994-04-04");
		recovered(tt, "TT-10,TT-TTPS,2024-10-02,TT,Laventille,HOMICIDE,CD1000,Glock,19,9mm,PISTOL,Shane,Mohammed,1996-06-06");
		recovered(tt, "TT-11,TT-TTPS,2024-10-20,TT,Couva,ROBBERY,CD1100,Glock,17,9mm,PISTOL,Ravi,Singh,1990-09-09");
		tracedTo(jm, "JM-JCF,JM-10,T-JM-10,2024-11-01,COMPLETED,AB1000,Glock,FL-7,Sunshine Arms,FL,2024-08-01,Nadia,Cole,1984-04-04,FL");
		tracedTo(tt, "TT-TTPS,TT-10,T-TT-10,2024-11-02,COMPLETED,CD1000,Glock,FL-7,Sunshine Arms,FL,2024-08-03,Nadia,Cole,1984-04-04,FL");
		tracedTo(tt, "TT-TTPS,TT-11,T-TT-11,2024-11-03,COMPLETED,CD1100,Glock,FL-7,Sunshine Arms,FL,2024-08-03,Nadia,Cole,1984-04-04,FL");
		List<String> guns = List.of("jm:JM-JCF/JM-10", "tt:TT-TTPS/TT-10", "tt:TT-TTPS/TT-11");

		// Jamaica grants names and leads; Trinidad and Tobago grants leads without names: no ring forms.
		String jmLeads = created(grantLeads(jm, "JM-JCF", "FULL")).get("id").asString();
		String ttWithoutNames = created(grantLeads(tt, "TT-TTPS", "RECORDS_WITHOUT_PERSONAL_DATA")).get("id").asString();
		exchange(impacs, "jm");
		exchange(impacs, "tt");
		settled(impacs);
		assertThat(ringsHolding(impacs.operator(), "jm:JM-JCF/JM-10")).as("below FULL the purchaser never arrived").isEmpty();

		// Trinidad and Tobago grants names too: one ring of both countries' guns, every member and gun marked.
		String ttFull = created(grantLeads(tt, "TT-TTPS", "FULL")).get("id").asString();
		exchange(impacs, "tt");
		JsonNode ring = awaitRing(impacsAnalyst, guns);
		assertThat(ring.get("guns").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrderElementsOf(guns);
		assertThat(ring.get("contributingAgencies").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("jm:JM-JCF", "tt:TT-TTPS");
		Map<String, List<String>> sources = new java.util.TreeMap<>();
		ring.get("members").forEach(member -> sources.put(member.get("lastName").asString(),
				member.get("foreignSources").valueStream().map(JsonNode::asString).toList()));
		assertThat(sources).containsOnlyKeys("Cole", "Bell", "Mohammed", "Singh")
			.containsEntry("Cole", List.of("jm:JM-JCF", "tt:TT-TTPS"))
			.containsEntry("Bell", List.of("jm:JM-JCF"))
			.containsEntry("Mohammed", List.of("tt:TT-TTPS"));
		String ringId = ring.get("ringId").asString();
		awaitRingLead(impacsAnalyst, ringId);
		assertThat(ringsHolding(researchAnalyst, "jm:JM-JCF/JM-10")).as("granted no leads").isEmpty();
		assertThat(ringsHolding(localAnalyst, "jm:JM-JCF/JM-10")).as("granted nothing").isEmpty();

		// The ring page names them, marked as held by their owners, and each read reaches the owners' auditors.
		exchange(impacs, "jm");
		exchange(impacs, "tt");
		ApiClient jmAuditor = user(jm, "jm-auditor-5", "JM-JCF", "AUDITOR");
		ApiClient ttAuditor = user(tt, "tt-auditor-5", "TT-TTPS", "AUDITOR");
		long jmReads = readsOf(jmAuditor, "JM-JCF", "recovery:JM-JCF/JM-10");
		long ttReads = readsOf(ttAuditor, "TT-TTPS", "recovery:TT-TTPS/TT-10");
		String page = new PageBrowser(impacs.port()).signIn("impacs-analyst", ApiClient.ANALYST_PASSWORD)
			.get("/app/rings/" + ringId + "?lang=en")
			.html();
		assertThat(page).contains("Nadia Cole", "in records jm:JM-JCF, tt:TT-TTPS granted, read-only",
				"/app/foreign-recoveries/jm:JM-JCF/JM-10", "/app/foreign-recoveries/tt:TT-TTPS/TT-10");
		exchange(impacs, "jm");
		exchange(impacs, "tt");
		assertThat(readsOf(jmAuditor, "JM-JCF", "recovery:JM-JCF/JM-10")).isEqualTo(jmReads + 1);
		assertThat(readsOf(ttAuditor, "TT-TTPS", "recovery:TT-TTPS/TT-10")).isEqualTo(ttReads + 1);

		// Revoked: the ring is not shown from the moment the grantee hears it, and the graph drops it.
		assertThat(tt.operator().delete("/api/v1/sharing-agreements/" + ttFull).status()).isEqualTo(204);
		assertThat(ringsHolding(impacsAnalyst, "tt:TT-TTPS/TT-10")).as("at once").isEmpty();
		assertThat(ringsHolding(impacs.operator(), "tt:TT-TTPS/TT-10")).as("at once, to operators too").isEmpty();
		assertThat(ringLeads(impacsAnalyst)).as("its lead too").doesNotContain(ringId);
		assertThat(ringLeads(impacs.operator())).as("its lead too, to operators").doesNotContain(ringId);
		settled(impacs);
		assertThat(ringsHolding(impacs.operator(), "jm:JM-JCF/JM-10")).as("after the refresh").isEmpty();
		assertThat(ringLeads(impacs.operator())).as("after the refresh").doesNotContain(ringId);

		assertThat(jm.operator().delete("/api/v1/sharing-agreements/" + jmLeads).status()).isEqualTo(204);
		assertThat(tt.operator().delete("/api/v1/sharing-agreements/" + ttWithoutNames).status()).isEqualTo(204);
	}

	private static Answer grantLeads(RunningInstallation at, String grantor, String level) {
		return at.operator().postJson("/api/v1/sharing-agreements", Map.of("grantor", grantor, "grantee",
				"impacs:CARICOM-IMPACS", "scope", List.of("RECOVERIES", "TRACES", "LEADS"), "level", level, "validFrom",
				"2020-01-01"));
	}

	/** The rings the reader sees that hold this gun. */
	private static List<JsonNode> ringsHolding(ApiClient reader, String gun) {
		Answer rings = reader.get("/api/v1/network/rings?limit=10000");
		assertThat(rings.status()).as(rings.text()).isEqualTo(200);
		return rings.json().valueStream()
			.filter(ring -> ring.get("guns").valueStream().anyMatch(g -> g.asString().equals(gun)))
			.toList();
	}

	/** The ring holding all these guns; the leads follow an exchange in the background, so look again for up to two minutes. */
	private static JsonNode awaitRing(ApiClient reader, List<String> guns) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (true) {
			for (JsonNode ring : ringsHolding(reader, guns.get(0))) {
				if (ring.get("guns").valueStream().map(JsonNode::asString).toList().containsAll(guns)) {
					return ring;
				}
			}
			assertThat(System.nanoTime()).as("a ring holding " + guns).isLessThan(deadline);
			pause();
		}
	}

	/** The subjects (ring ids) of the RING leads the reader sees. */
	private static List<String> ringLeads(ApiClient reader) {
		Answer leads = reader.get("/api/v1/leads?type=RING&limit=10000");
		assertThat(leads.status()).as(leads.text()).isEqualTo(200);
		return leads.json().valueStream().map(lead -> lead.get("subject").asString()).toList();
	}

	/** Waits for the RING lead about this ring, which the leads raise in the background. */
	private static void awaitRingLead(ApiClient reader, String ringId) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (!ringLeads(reader).contains(ringId)) {
			assertThat(System.nanoTime()).as("a RING lead about " + ringId).isLessThan(deadline);
			pause();
		}
	}

	/** Waits until the installation's leads have followed everything it received. */
	private static void settled(RunningInstallation at) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (!at.operator().get("/api/v1/leads/status").json().get("settled").asBoolean()) {
			assertThat(System.nanoTime()).as("the leads settled").isLessThan(deadline);
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static long readsOf(ApiClient auditor, String agency, String subject) {
		return auditor.get("/api/v1/federation/remote-reads?agency=" + agency + "&limit=1000")
			.json()
			.valueStream()
			.filter(r -> r.get("subject").asString().equals(subject))
			.count();
	}

	@Test
	@Order(18)
	void revokingAnAgreementRemovesWhatTheGranteeHeldUnderIt() {
		// Told at once: the records disappear at the grantee before any exchange.
		assertThat(jm.operator().delete("/api/v1/sharing-agreements/" + jmFullAgreement).status()).isEqualTo(204);
		assertThat(recoveries(impacsAnalyst, "jm:JM-JCF", null)).isEmpty();

		// Not told (the owner had suspended the grantee): the next exchange removes them.
		String ttAgreement = tt.operator().get("/api/v1/sharing-agreements").json().get(0).get("id").asString();
		assertThat(tt.operator().postJson("/api/v1/federation/peers/impacs/suspend", Map.of()).status()).isEqualTo(200);
		assertThat(tt.operator().delete("/api/v1/sharing-agreements/" + ttAgreement).status()).isEqualTo(204);
		assertThat(recoveries(impacsAnalyst, "tt:TT-TTPS", null)).hasSize(5);
		assertThat(impacs.operator().postJson("/api/v1/federation/peers/tt/exchange", Map.of()).status())
			.as("a suspended peer's messages are refused").isEqualTo(502);
		assertThat(tt.operator().postJson("/api/v1/federation/peers/impacs/resume", Map.of()).status()).isEqualTo(200);
		JsonNode outcome = exchange(impacs, "tt");
		assertThat(outcome.get("removed").asInt()).isEqualTo(5);
		assertThat(recoveries(impacsAnalyst, "tt:TT-TTPS", null)).isEmpty();
	}

	@Test
	@Order(19)
	void aRevokedAgreementsPeopleAndFiguresAreGoneFromThePersonPageTheSearchAndTheDashboard() {
		assertThat(impacsAnalyst.get("/api/v1/federation/regional").json().get("pooled").get("recovered").asLong()).isZero();
		JsonNode report = impacsAnalyst.get("/api/v1/reports/recoveries?country=JM&from=2024-01-01&to=2024-12-31").json();
		assertThat(report.get("recovered").asLong()).as("a revoked grant's records leave the reports").isZero();
		assertThat(report.path("grantedByOtherInstallations").isEmpty()).isTrue();
		assertThat(impacsAnalyst.get("/api/v1/federation/people?name=Marlon%20Brown").json()).isEmpty();
		assertThat(impacsAnalyst.get("/api/v1/federation/people?firstName=Luis&lastName=Paz&dob=1980-01-01").json())
			.as("a purchaser goes with the record").isEmpty();
		String marlon = personOf(impacs, "recovery:IMPACS-LOCAL/L-1");
		PageBrowser operator = new PageBrowser(impacs.port()).signIn("admin", ApiClient.ADMIN_PASSWORD);
		String page = operator.get("/app/people/" + marlon + "?lang=en").html();
		assertThat(page).contains("Brown").doesNotContain("foreign-evidence", "JM-1");
		PageBrowser analyst = new PageBrowser(impacs.port()).signIn("impacs-analyst", ApiClient.ANALYST_PASSWORD);
		assertThat(analyst.get("/app/search?q=Marlon+Brown&lang=en").html()).doesNotContain("foreign-evidence");
	}

	@Test
	@Order(20)
	void aPurchaserResolvedHereIsOneRingMemberWithTheGunsAnotherInstallationGrantsAboutHim() {
		// Devon Shaw is known here: found with a gun and resolved. Jamaica's traces show him buying three
		// guns in Florida, each found with someone else.
		recovered(impacs, "L-30,IMPACS-LOCAL,2024-11-01,TT,San Fernando,WEAPONS_OFFENSE,EF3000,Taurus,G2C,9mm,PISTOL,Devon,Shaw,1989-03-03");
		traced(impacs, "IMPACS-LOCAL,L-30,T-L-30,2024-11-10,COMPLETED,EF3000,Taurus,FL-9,Bayside Firearms,FL,2024-06-01,153");
		assertThat(impacs.operator().postJson("/api/v1/people/resolve", Map.of()).status()).isEqualTo(200);
		String devon = personOf(impacs, "recovery:IMPACS-LOCAL/L-30");
		recovered(jm, "JM-30,JM-JCF,2024-10-05,JM,Montego Bay,HOMICIDE,AB3000,Glock,19,9mm,PISTOL,Andre,Campbell,1995-05-05");
		recovered(jm, "JM-31,JM-JCF,2024-10-12,JM,Kingston,ROBBERY,AB3100,Glock,19,9mm,PISTOL,Dwayne,Ellis,1997-07-07");
		recovered(jm, "JM-32,JM-JCF,2024-10-20,JM,May Pen,HOMICIDE,AB3200,Glock,17,9mm,PISTOL,Jermaine,Fraser,1993-03-13");
		for (String gun : List.of("30,AB3000,2024-07-01", "31,AB3100,2024-07-01", "32,AB3200,2024-07-15")) {
			String[] part = gun.split(",");
			tracedTo(jm, "JM-JCF,JM-" + part[0] + ",T-JM-" + part[0] + ",2024-11-05,COMPLETED," + part[1]
					+ ",Glock,FL-9,Bayside Firearms,FL," + part[2] + ",DEVON,Shaw,1989-03-03,FL");
		}
		String grant = created(grantLeads(jm, "JM-JCF", "FULL")).get("id").asString();
		exchange(impacs, "jm");
		settled(impacs);

		// One ring: the guns Jamaica grants and the one found with him here, he a single member under the
		// id this installation resolved him by, marked as also held by Jamaica.
		List<String> guns = List.of("jm:JM-JCF/JM-30", "jm:JM-JCF/JM-31", "jm:JM-JCF/JM-32", "IMPACS-LOCAL/L-30");
		JsonNode ring = awaitRing(impacs.operator(), guns);
		List<JsonNode> shaw = ring.get("members").valueStream().filter(m -> m.get("lastName").asString().equals("Shaw")).toList();
		assertThat(shaw).as(ring.toString()).hasSize(1);
		assertThat(shaw.get(0).get("personId").asString()).isEqualTo(devon);
		assertThat(shaw.get(0).get("foreignSources").valueStream().map(JsonNode::asString)).containsExactly("jm:JM-JCF");

		// His person lead rests on the guns Jamaica grants, each sold a few months before the crime: the
		// fusion centre's analyst sees it; an agency Jamaica grants nothing does not.
		long lead = personLead(impacsAnalyst, "Shaw");
		JsonNode shown = impacsAnalyst.get("/api/v1/leads/" + lead).json();
		assertThat(shown.get("subject").asString()).isEqualTo(devon);
		assertThat(shown.toString()).contains("JM-30", "JM-31", "JM-32");
		assertThat(localAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json().valueStream()
			.map(l -> l.get("id").asLong())).doesNotContain(lead);

		// A full refresh computes the same ring.
		assertThat(impacs.operator().postJson("/api/v1/leads/refresh", Map.of()).status()).isEqualTo(200);
		settled(impacs);
		JsonNode again = awaitRing(impacs.operator(), guns);
		assertThat(again.get("ringId").asString()).isEqualTo(ring.get("ringId").asString());
		assertThat(again.get("members")).isEqualTo(ring.get("members"));

		assertThat(jm.operator().delete("/api/v1/sharing-agreements/" + grant).status()).isEqualTo(204);
		assertThat(ringsHolding(impacs.operator(), "jm:JM-JCF/JM-30")).as("revoked").isEmpty();
		assertThat(impacsAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json().valueStream()
			.map(l -> l.get("id").asLong())).as("his lead, at once").doesNotContain(lead);
	}

	/** One answer of the tracing authority stored at an installation (trace_results.csv). */
	private static void traced(RunningInstallation at, String row) {
		Answer answer = at.operator().postCsv("/api/v1/imports/trace-results", "agency,recovery_id,trace_number,result_date,"
				+ "trace_status,serial_number,manufacturer,dealer_licence,dealer_name,dealer_state,sale_date,time_to_crime_days\n" + row + "\n");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(1);
	}

	private static JsonNode granted(ApiClient client, String record, int status) {
		Answer answer = client.get("/api/v1/federation/recoveries/" + record);
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		return answer.json();
	}

	private static void agency(RunningInstallation installation, String code, String country, String kind) {
		Answer answer = installation.operator()
			.postJson("/api/v1/agencies", Map.of("code", code, "name", "Agency " + code, "country", country, "kind", kind));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private static ApiClient user(RunningInstallation installation, String username, String agency, String role) {
		Answer answer = installation.operator().postJson("/api/v1/users", Map.of("username", username, "password",
				ApiClient.ANALYST_PASSWORD, "agency", agency, "roles", List.of(role)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return new ApiClient(installation.port()).login(username, ApiClient.ANALYST_PASSWORD);
	}

	private static void peer(RunningInstallation at, RunningInstallation other) {
		JsonNode self = new ApiClient(other.port()).login(null, null).get("/api/v1/federation/self").json();
		Answer added = at.operator().postJson("/api/v1/federation/peers", Map.of("name", self.get("name").asString(), "url",
				other.url(), "publicKey", self.get("publicKey").asString()));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
	}

	private static Answer grant(RunningInstallation at, String grantor, String grantee, String level) {
		return at.operator().postJson("/api/v1/sharing-agreements", Map.of("grantor", grantor, "grantee", grantee, "scope",
				List.of("RECOVERIES", "TRACES"), "level", level, "validFrom", "2020-01-01"));
	}

	private static JsonNode created(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json();
	}

	private static JsonNode exchange(RunningInstallation at, String peer) {
		Answer answer = at.operator().postJson("/api/v1/federation/peers/" + peer + "/exchange", Map.of());
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode recoveries(ApiClient client, String agency, String purpose) {
		Answer answer = purpose == null ? client.get("/api/v1/recoveries?agency=" + agency)
				: client.getWithPurpose("/api/v1/recoveries?agency=" + agency, purpose);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static HttpResponse<String> post(RunningInstallation to, byte[] body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.url() + ExchangeMessages.PATH))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
