package org.irontrace.benchmark;

import java.util.List;
import java.util.SplittableRandom;

import org.irontrace.catalog.Catalog;
import org.irontrace.commerce.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Candidate search for partial serials against a plain pg_trgm query on the same data. */
@Component
class SearchBenchmark {

	private final Ledger ledger;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	SearchBenchmark(Ledger ledger, Catalog catalog, JdbcClient jdbc) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/** Candidate search with two unreadable characters, against a plain pg_trgm similarity query. */
	void partialSerialSearch(long firearms, int queries) {
		SplittableRandom random = new SplittableRandom(firearms + 17);
		List<long[]> picks = java.util.stream.Stream.generate(() -> new long[] { random.nextLong(firearms) })
			.limit(queries)
			.toList();
		Latencies ours = new Latencies(queries);
		long found = 0;
		for (long[] pick : picks) {
			String serial = SyntheticLedger.serial(pick[0], 1);
			String reading = unreadable(serial, new SplittableRandom(pick[0]));
			String maker = catalog.manufacturer(SyntheticLedger.maker(pick[0])).key();
			long start = System.nanoTime();
			found += ledger.listFirearmsReadingAlike(reading, maker, 500).stream()
				.filter(f -> f.identity().serialKey().equals(serial))
				.count();
			ours.add(System.nanoTime() - start);
		}
		jdbc.sql("CREATE INDEX bench_serial_trgm ON firearm USING gin (serial_key gin_trgm_ops)").update();
		analyze();
		Latencies trigram = new Latencies(queries);
		long trigramFound = 0;
		try {
			for (long[] pick : picks) {
				String serial = SyntheticLedger.serial(pick[0], 1);
				String reading = unreadable(serial, new SplittableRandom(pick[0]));
				long start = System.nanoTime();
				trigramFound += jdbc.sql("SELECT serial_key FROM firearm WHERE serial_key % ? ORDER BY serial_key <-> ? LIMIT 20")
					.params(reading, reading)
					.query(String.class)
					.list()
					.stream()
					.filter(serial::equals)
					.count();
				trigram.add(System.nanoTime() - start);
			}
		}
		finally {
			jdbc.sql("DROP INDEX IF EXISTS bench_serial_trgm").update();
		}
		System.out.printf("partial serial, 2 unreadable, over %,d firearms: %s; true gun found %d/%d%n", firearms,
				ours.summary(), found, queries);
		System.out.printf("plain pg_trgm similarity query:              %s; true gun found %d/%d%n", trigram.summary(),
				trigramFound, queries);
		System.out.printf("ours p95 / pg_trgm p95 = %.2f%n", ours.percentileMillis(95) / trigram.percentileMillis(95));
	}

	private static String unreadable(String serial, SplittableRandom random) {
		char[] characters = serial.toCharArray();
		int first = random.nextInt(characters.length);
		int second = (first + 1 + random.nextInt(characters.length - 1)) % characters.length;
		characters[first] = '?';
		characters[second] = '?';
		return new String(characters);
	}

	private void analyze() {
		jdbc.sql("ANALYZE custody_event_store").update();
		jdbc.sql("ANALYZE firearm").update();
	}
}
