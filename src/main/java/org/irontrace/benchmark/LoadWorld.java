package org.irontrace.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;

/**
 * The world the load benchmark runs on: a synthetic ledger and one agency's recoveries of guns
 * drawn from it, imported as any file would be; then, over the API as an operator would, the
 * agency, an analyst who logs in with HTTP Basic and a system token with the analyst's role.
 */
final class LoadWorld {

	static final String AGENCY = "LOAD";

	static final String ANALYST = "load-analyst";

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final String base;

	private final String adminPassword;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The analyst's password and the system's token, once {@link #accounts()} has made them. */
	String analystPassword;

	String token;

	LoadWorld(int port, String adminPassword) {
		this.base = "http://127.0.0.1:" + port;
		this.adminPassword = adminPassword;
	}

	/** Imports {@code events} ledger rows and {@code recoveries} recoveries of guns from it; answers the recovery count. */
	long importWorld(ImportService imports, Path work, long events, int recoveries) throws Exception {
		Path ledger = work.resolve("commerce_events.csv");
		SyntheticLedger.write(ledger, events, 0, 1);
		report(imports.importFile("commerce-events", ledger, ImportProgress.NONE));
		long recovered = importRecoveries(imports, work.resolve("recoveries.csv"), events, recoveries, new SplittableRandom(events),
				LoadWorld::id, LocalDate.of(2025, 1, 1), "Number");
		Files.deleteIfExists(ledger);
		return recovered;
	}

	static String id(int recovery) {
		return "L" + recovery;
	}

	/**
	 * Imports {@code count} more recoveries of guns from the ledger, none of them traced yet, for a
	 * stream of first traces (ids {@link #newId}); answers how many were imported.
	 */
	long importNewRecoveries(ImportService imports, Path work, long events, int count) throws Exception {
		return importRecoveries(imports, work.resolve("new-recoveries.csv"), events, count, new SplittableRandom(events + count),
				LoadWorld::newId, LocalDate.of(2026, 1, 1), "New");
	}

	/** Writes {@code count} recoveries of random guns of the ledger to {@code file}, imports them, removes the file. */
	private long importRecoveries(ImportService imports, Path file, long events, int count, SplittableRandom random,
			java.util.function.IntFunction<String> idOf, LocalDate firstDay, String holder) throws Exception {
		long firearms = events / SyntheticLedger.EVENTS_PER_FIREARM;
		try (CsvWriter csv = CsvWriter.builder().build(file)) {
			csv.writeRecord("recovery_id", "agency", "recovery_date", "country", "serial_number", "manufacturer",
					"possessor_first_name", "possessor_last_name");
			for (int i = 0; i < count; i++) {
				long gun = random.nextLong(firearms);
				csv.writeRecord(idOf.apply(i), AGENCY, firstDay.plusDays(i % 300).toString(), "MX",
						SyntheticLedger.serial(gun, 1), SyntheticLedger.maker(gun), "Holder", holder + i);
			}
		}
		ImportReport imported = report(imports.importFile("recoveries", file, ImportProgress.NONE));
		Files.deleteIfExists(file);
		return imported.accepted();
	}

	static String newId(int recovery) {
		return "N" + recovery;
	}

	/** The agency, its administrator, the analyst (HTTP Basic) and a token with the analyst's role. */
	void accounts() throws Exception {
		String admin = basic("admin", adminPassword);
		created(post("/api/v1/agencies", admin, "{\"code\":\"" + AGENCY + "\",\"name\":\"Load benchmark\",\"country\":\"MX\",\"kind\":\"NATIONAL\"}"));
		String agencyAdminPassword = UUID.randomUUID().toString();
		analystPassword = UUID.randomUUID().toString();
		created(post("/api/v1/users", admin, user("load-admin", agencyAdminPassword, "ADMIN")));
		created(post("/api/v1/users", admin, user(ANALYST, analystPassword, "ANALYST")));
		String expires = LocalDate.now().plusDays(2).toString();
		HttpResponse<String> answer = post("/api/v1/tokens", basic("load-admin", agencyAdminPassword),
				"{\"name\":\"load clients\",\"roles\":[\"ANALYST\"],\"expiresAt\":\"" + expires + "\"}");
		created(answer);
		Matcher found = TOKEN.matcher(answer.body());
		if (!found.find()) {
			throw new IllegalStateException("No token in " + answer.body());
		}
		token = found.group(1);
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String user(String username, String password, String role) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"agency\":\"" + AGENCY
				+ "\",\"roles\":[\"" + role + "\"]}";
	}

	private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void created(HttpResponse<String> answer) {
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("Expected 201 from " + answer.uri() + ", got " + answer.statusCode() + ": " + answer.body());
		}
	}

	private static ImportReport report(ImportReport report) {
		if (report.rejected() > 0) {
			throw new IllegalStateException("The synthetic " + report.kind() + " file had rejected rows: " + report.errors());
		}
		return report;
	}
}
