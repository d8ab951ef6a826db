package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import com.zaxxer.hikari.HikariDataSource;
import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An authenticated sender cannot exhaust the server through imports: values and lines are capped,
 * a line that never ends is not read into memory, slow senders hold no pooled connection, and one
 * agency runs at most two imports at once and the installation four (429 with Retry-After beyond;
 * the command line's imports count toward the installation's).
 */
@IntegrationTest
class ImportLimitsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportSlots slots;

	@Autowired
	HikariDataSource pool;

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
	void aValueLongerThanItsCapRefusesItsRowNamingLineAndColumn() {
		Answer answer = operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER,
				licensee("1", "Guns " + "g".repeat(995)), licensee("2", "Guns " + "g".repeat(996)), licensee("3", "Shop")));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).isEqualTo(2);
		assertThat(answer.json().get("rejected").asInt()).isEqualTo(1);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(3);
		assertThat(error.get("column").asString()).isEqualTo("business_name");
		assertThat(error.get("message").asString()).contains("longer than 1000 characters");
		assertThat(licensees()).containsExactlyInAnyOrder("L-" + t + "1", "L-" + t + "3");
	}

	@Test
	void aTwentyMegabyteLineStopsTheImportWith400NamingItsLine() throws Exception {
		String before = csv(LICENSEES_HEADER, licensee("1", "Before")) + "L-" + t + "2,01,";
		String after = "\n" + licensee("3", "After") + "\n";
		int endless = 20 * 1024 * 1024;
		String answer = sendRaw("/api/v1/imports/licensees", before, endless, after);
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("line 3").contains("65536");
		assertThat(licensees()).as("the good row before the line went in, nothing after it")
			.containsExactly("L-" + t + "1");
	}

	@Test
	void aQuoteNeverClosedStopsTheImportWith400NamingItsLine() {
		Answer answer = operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, licensee("1", "Before"),
				"L-" + t + "2,01,\"Never closed,,Laredo,TX,,,", licensee("3", "After")));
		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.json().get("detail").asString()).contains("line 3");
		assertThat(answer.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(licensees()).containsExactly("L-" + t + "1");
	}

	@Test
	void aThirdImportOfOneAgencyWaitsItsTurnWhileAnotherAgencyIsAdmitted() throws Exception {
		String busy = "BZ-" + t;
		String other = "OA-" + t;
		String busyAnalyst = ("bz-" + t).toLowerCase(Locale.ROOT);
		ApiClient busyClient = operator.newAgencyWithAnalyst(busy, "MX", busyAnalyst);
		ApiClient otherClient = operator.newAgencyWithAnalyst(other, "MX", ("oa-" + t).toLowerCase(Locale.ROOT));
		int activeBefore = pool.getHikariPoolMXBean().getActiveConnections();

		SlowUpload first = slowRecoveries(busyAnalyst, busy, "A");
		SlowUpload second = slowRecoveries(busyAnalyst, busy, "B");
		await(() -> slots.runningFor(busy) == 2);
		assertThat(pool.getHikariPoolMXBean().getActiveConnections())
			.as("two uploads in progress hold no connection while their senders are slow (one spare for background work)")
			.isLessThanOrEqualTo(activeBefore + 1);

		SlowUpload.Reply third = new SlowUpload(port, "/api/v1/imports/recoveries", busyAnalyst,
				ApiClient.ANALYST_PASSWORD, recoveries(busy, "C", 1)).finish("");
		assertThat(third.status()).as(third.body()).isEqualTo(429);
		assertThat(third.header("Retry-After")).hasValue("30");
		JsonNode refusal = JsonMapper.builder().build().readTree(third.body());
		assertThat(refusal.get("error").asString()).isEqualTo("too_many_imports");
		assertThat(refusal.get("running").asInt()).isEqualTo(2);
		assertThat(refusal.get("detail").asString()).contains(busy).contains("2 imports");

		Answer otherAgency = otherClient.postCsv("/api/v1/imports/recoveries", recoveries(other, "D", 3));
		assertThat(otherAgency.status()).as(otherAgency.text()).isEqualTo(200);
		assertThat(otherAgency.json().get("accepted").asInt()).isEqualTo(3);

		assertThat(first.finish(rows(busy, "A", 2, 5)).status()).isEqualTo(200);
		assertThat(second.finish(rows(busy, "B", 2, 5)).status()).isEqualTo(200);
		await(() -> slots.runningFor(busy) == 0);
		Answer afterwards = busyClient.postCsv("/api/v1/imports/recoveries", recoveries(busy, "C", 1));
		assertThat(afterwards.status()).as(afterwards.text()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM recovery WHERE agency = ?").param(busy).query(Long.class).single())
			.isEqualTo(11);
	}

	@Test
	void aFifthImportInTheInstallationWaitsItsTurnEvenFromTheCommandLine(@TempDir Path folder) throws Exception {
		List<SlowUpload> held = new ArrayList<>();
		List<String> agencies = new ArrayList<>();
		for (String code : List.of("IA", "IB")) {
			String agency = code + "-" + t;
			String analyst = (code + "-" + t).toLowerCase(Locale.ROOT);
			operator.newAgencyWithAnalyst(agency, "MX", analyst);
			held.add(slowRecoveries(analyst, agency, "A"));
			held.add(slowRecoveries(analyst, agency, "B"));
			agencies.add(agency);
		}
		await(() -> agencies.stream().mapToInt(slots::runningFor).sum() == 4);
		String third = "IC-" + t;
		ApiClient thirdAgency = operator.newAgencyWithAnalyst(third, "MX", ("ic-" + t).toLowerCase(Locale.ROOT));

		Answer refused = thirdAgency.postCsv("/api/v1/imports/recoveries", recoveries(third, "C", 1));
		assertThat(refused.status()).as(refused.text()).isEqualTo(429);
		assertThat(refused.json().get("running").asInt()).as("none of the agency's own").isZero();
		assertThat(refused.json().get("runningInInstallation").asInt()).isEqualTo(4);
		Path file = Files.writeString(folder.resolve("licensees.csv"), csv(LICENSEES_HEADER, licensee("1", "Shop")));
		assertThatThrownBy(() -> imports.importFile("licensees", file, ImportProgress.NONE))
			.isInstanceOf(TooManyImportsException.class);

		for (SlowUpload upload : held) {
			assertThat(upload.finish("").status()).isEqualTo(200);
		}
		await(() -> agencies.stream().mapToInt(slots::runningFor).sum() == 0);
		assertThat(imports.importFile("licensees", file, ImportProgress.NONE).accepted()).isEqualTo(1);
		assertThat(thirdAgency.postCsv("/api/v1/imports/recoveries", recoveries(third, "C", 1)).status()).isEqualTo(200);
	}

	@Test
	void aSenderWhoHangsUpGivesItsPlaceBack() throws Exception {
		String agency = "HU-" + t;
		String analyst = ("hu-" + t).toLowerCase(Locale.ROOT);
		operator.newAgencyWithAnalyst(agency, "MX", analyst);
		SlowUpload first = slowRecoveries(analyst, agency, "A");
		SlowUpload second = slowRecoveries(analyst, agency, "B");
		await(() -> slots.runningFor(agency) == 2);
		first.hangUp();
		second.hangUp();
		await(() -> slots.runningFor(agency) == 0);
	}

	private SlowUpload slowRecoveries(String analyst, String agency, String prefix) throws IOException {
		return new SlowUpload(port, "/api/v1/imports/recoveries", analyst, ApiClient.ANALYST_PASSWORD,
				recoveries(agency, prefix, 1));
	}

	private static String recoveries(String agency, String prefix, int rows) {
		return RECOVERIES_HEADER + "\n" + rows(agency, prefix, 1, rows);
	}

	private static String rows(String agency, String prefix, int from, int to) {
		StringBuilder rows = new StringBuilder();
		for (int i = from; i <= to; i++) {
			rows.append(prefix).append(i).append(',').append(agency)
				.append(",2021-05-01,MX,JAL,Guadalajara,HOMICIDE,SER-").append(prefix).append(i)
				.append(",N,,Glock,,19,9mm,PISTOL,AT,,\n");
		}
		return rows.toString();
	}

	private String licensee(String suffix, String name) {
		return "L-" + t + suffix + ",01," + name + ",,Laredo,TX,,,";
	}

	private List<String> licensees() {
		return jdbc.sql("SELECT licence_number FROM licensee WHERE licence_number LIKE ?")
			.param("L-" + t + "%")
			.query(String.class)
			.list();
	}

	/**
	 * Sends a body whose middle is one line of {@code endless} characters, stating its length, and
	 * answers the server's reply as text: the server answers before the body ends, so the rest is
	 * written while the reply is read.
	 */
	private String sendRaw(String path, String before, int endless, String after) throws Exception {
		byte[] head = before.getBytes(StandardCharsets.UTF_8);
		byte[] tail = after.getBytes(StandardCharsets.UTF_8);
		String login = Base64.getEncoder()
			.encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + login
					+ "\r\nContent-Type: text/csv\r\nConnection: close\r\nContent-Length: "
					+ (head.length + endless + tail.length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			Thread writer = new Thread(() -> {
				byte[] block = new byte[64 * 1024];
				Arrays.fill(block, (byte) 'x');
				try {
					out.write(head);
					for (int sent = 0; sent < endless; sent += block.length) {
						out.write(block, 0, Math.min(block.length, endless - sent));
					}
					out.write(tail);
				}
				catch (IOException closedByTheServer) {
					// The server stopped reading, as it should.
				}
			});
			writer.start();
			String reply = readReply(socket.getInputStream());
			writer.join(60_000);
			return reply;
		}
	}

	private static String readReply(InputStream in) {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) > 0;) {
				reply.write(buffer, 0, n);
			}
		}
		catch (IOException resetAfterTheReply) {
			// The server closes a connection whose body it will not read.
		}
		return reply.toString(StandardCharsets.UTF_8);
	}

	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
