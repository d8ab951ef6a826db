package org.irontrace.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * An agency's recoveries and the tracing authority's answers about them, for measuring: about half
 * the answers complete (dealer, sale, purchaser), a tenth reach a dealer only, a twentieth the maker
 * only, the rest are not traced with the authority's words. Streamed to disk.
 */
final class SyntheticAnswers {

	static final String AGENCY = "BENCH-TR";

	private static final String[] WORDS = { "NO SERIAL", "OBLITERATED SERIAL", "TOO OLD",
			"OUT OF BUSINESS RECORDS NOT FOUND", "NO RECORD AT MANUFACTURER", "FOREIGN NO IMPORT RECORD",
			"INSUFFICIENT DESCRIPTION" };

	private static final String[] STATES = { "TX", "TX", "TX", "AZ", "AZ", "CA", "NM", "FL", "GA" };

	private SyntheticAnswers() {
	}

	static void writeRecoveries(Path file, long rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord("recovery_id", "agency", "recovery_date", "country", "admin_area", "crime_code",
					"serial_number", "manufacturer", "firearm_type");
			for (long r = 0; r < rows; r++) {
				SplittableRandom random = new SplittableRandom(r);
				csv.writeRecord(id(r), AGENCY, recovered(random).toString(), "MX", "SON", "WEAPONS_OFFENSE",
						SyntheticLedger.serial(r, 77), SyntheticLedger.maker(r), "PISTOL");
			}
		}
	}

	static void writeAnswers(Path file, long rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord("agency", "recovery_id", "trace_number", "result_date", "trace_status", "not_traced_reason",
					"serial_number", "manufacturer", "firearm_type", "source_licence", "dealer_licence", "dealer_name",
					"dealer_state", "sale_date", "purchaser_first_name", "purchaser_last_name", "purchaser_dob",
					"purchaser_state", "multiple_sale");
			for (long r = 0; r < rows; r++) {
				SplittableRandom random = new SplittableRandom(r);
				LocalDate recovered = recovered(random);
				int draw = random.nextInt(100);
				String status = draw < 50 ? "COMPLETED" : draw < 60 ? "DEALER_ONLY" : draw < 65 ? "SOURCE_ONLY" : "NOT_TRACED";
				boolean identified = !status.equals("NOT_TRACED");
				boolean dealer = status.equals("COMPLETED") || status.equals("DEALER_ONLY");
				boolean sale = status.equals("COMPLETED");
				int shop = random.nextInt(5_000);
				csv.writeRecord(AGENCY, id(r), "T" + (2_000_000 + r), recovered.plusDays(9).toString(), status,
						identified ? "" : WORDS[random.nextInt(WORDS.length)], identified ? SyntheticLedger.serial(r, 77) : "",
						identified ? SyntheticLedger.maker(r) : "", "PISTOL", identified ? "M-" + (r % 20) : "",
						dealer ? "D-" + shop : "", dealer ? "Shop " + shop : "", dealer ? STATES[shop % STATES.length] : "",
						sale ? recovered.minusDays(30 + random.nextInt(3_000)).toString() : "", sale ? "Buyer" + random.nextInt(1000) : "",
						sale ? "Person" + random.nextInt(100_000) : "",
						sale ? LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString() : "", sale ? "TX" : "",
						sale && random.nextInt(20) == 0 ? "Y" : "N");
			}
		}
	}

	private static String id(long r) {
		return "R" + r;
	}

	private static LocalDate recovered(SplittableRandom random) {
		return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_600));
	}
}
