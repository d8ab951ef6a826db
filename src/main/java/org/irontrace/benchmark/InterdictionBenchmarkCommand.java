package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.interdiction.Interdiction;
import org.irontrace.interdiction.RiskWeights;
import org.irontrace.interdiction.Target;
import org.irontrace.platform.IronTraceHome;
import org.irontrace.simulation.SouthboundTraffic;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace interdiction-benchmark}: two simulated weeks of outbound shipments, the first
 * inspected as officers do (a few at random, half of what the naive rule flags), the second ranked
 * with the weights learned from the first. Prints, for the second week: precision of the top 1%
 * against random inspection, recall of smuggling shipments in the top 5%, the naive rule (HS chapter
 * 93 or "firearm" in the description) side by side, and the ranking time against a plain read of the
 * same shipments. With {@code --world-firearms} a simulated world is loaded first and its traffickers
 * ship among the smugglers, so that the rules reading the link graph are measured too.
 */
@Command(name = "interdiction-benchmark", mixinStandardHelpOptions = true,
		description = "Rank a simulated week of outbound shipments and measure it against the truth and the naive rule.")
public class InterdictionBenchmarkCommand implements Callable<Integer> {

	private final ImportService imports;

	private final Interdiction interdiction;

	private final JdbcClient jdbc;

	private final IronTraceHome home;

	@Option(names = "--seed", defaultValue = "1", description = "seed of the simulated traffic (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--shipments", defaultValue = "100000", description = "shipments in the ranked week (default ${DEFAULT-VALUE})")
	int shipments;

	@Option(names = "--smuggling-share", defaultValue = "0.02", description = "share of shipments that smuggle guns (default ${DEFAULT-VALUE})")
	double smugglingShare;

	@Option(names = "--world-firearms", defaultValue = "0", description = "first load a simulated world of this many "
			+ "firearms, whose traffickers ship among the smugglers, so that the graph rules are measured too (default none)")
	int worldFirearms;

	private final InterdictionWorld world;

	public InterdictionBenchmarkCommand(ImportService imports, Interdiction interdiction, JdbcClient jdbc,
			IronTraceHome home, InterdictionWorld world) {
		this.world = world;
		this.imports = imports;
		this.interdiction = interdiction;
		this.jdbc = jdbc;
		this.home = home;
	}

	@Override
	public Integer call() throws Exception {
		String agency = "BENCH-" + seed + "-" + System.currentTimeMillis() % 1_000_000;
		LocalDate firstDay = LocalDate.of(2024, 3, 4);
		Path work = Files.createDirectories(home.resolve("benchmark").resolve(agency));
		List<SouthboundTraffic.Party> traffickers = worldFirearms > 0 ? world.load(seed, worldFirearms, work.resolve("world"))
				: List.of();
		SouthboundTraffic.Written written = new SouthboundTraffic(
				new SouthboundTraffic.Settings(seed, 2 * shipments, firstDay, 14, 7, agency, smugglingShare), traffickers)
			.write(work);
		System.out.printf("## interdiction, seed %d: %,d shipments over two weeks (%,d smuggling), %,d inspections in"
				+ " the first week (%,d seizures)%n", seed, written.shipments(), written.smuggling(), written.inspections(),
				written.seizures());
		long start = System.nanoTime();
		ImportReport shipped = imports.importFile("shipments", work.resolve(SouthboundTraffic.SHIPMENTS), ImportProgress.NONE);
		ImportReport inspected = imports.importFile("inspections", work.resolve(SouthboundTraffic.INSPECTIONS),
				ImportProgress.NONE);
		System.out.printf("imported %,d shipments (%d rejected) and %,d inspections (%d rejected) in %.1f s%n",
				shipped.accepted(), shipped.rejected(), inspected.accepted(), inspected.rejected(), seconds(start));
		jdbc.sql("ANALYZE interdiction_shipment").update();
		jdbc.sql("ANALYZE interdiction_inspection").update();

		Visibility records = new Visibility(false, Set.of(agency), Set.of());
		Visibility graph = Visibility.unrestricted();
		start = System.nanoTime();
		RiskWeights weights = interdiction.weightsInForce(records, graph);
		System.out.printf("weights in force: %s (%d seizures, %d clears), learned in %.2f s%n", weights.source(),
				weights.seizures(), weights.clears(), seconds(start));
		weights.byRule().forEach((code, weight) -> System.out.printf(Locale.ROOT, "  %-38s %6.2f%n", code, weight));
		weights.byLane().forEach((lane, offset) -> System.out.printf(Locale.ROOT, "  lane %-33s %+6.2f%n", lane, offset));

		LocalDate from = firstDay.plusDays(7);
		LocalDate to = firstDay.plusDays(13);
		start = System.nanoTime();
		long read = jdbc.sql("SELECT count(*) FROM (SELECT * FROM interdiction_shipment WHERE agency = :agency"
				+ " AND departure_date BETWEEN :from AND :to) s").param("agency", agency).param("from", from).param("to", to)
			.query(Long.class).single();
		double baseline = seconds(start);
		start = System.nanoTime();
		Interdiction.TargetList ranked = interdiction.listTargets(from, to, null, Integer.MAX_VALUE, records, graph);
		double ranking = seconds(start);
		System.out.printf("ranking the second week: %,d shipments in %.2f s; a plain read of the same rows %.2f s"
				+ " (ranking / read = %.1f)%n", ranked.ranked(), ranking, baseline, ranking / Math.max(baseline, 1e-9));
		if (read != ranked.ranked()) {
			System.err.printf("the ranking saw %d shipments, the table holds %d%n", ranked.ranked(), read);
			return 1;
		}
		Map<String, String> channels = channels(work.resolve(SouthboundTraffic.TRUTH));
		Map<String, Boolean> truth = new HashMap<>();
		channels.forEach((id, channel) -> truth.put(id, !channel.isEmpty()));
		Evaluation.print(ranked.targets(), truth, naive(work, from, to));
		Evaluation.recallByChannel(ranked.targets(), channels);
		return 0;
	}

	/** The smuggling channel of each shipment by id, empty for lawful ones. */
	private static Map<String, String> channels(Path file) throws Exception {
		Map<String, String> channels = new HashMap<>();
		try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
			rows.forEach(row -> channels.put(row.getField("shipment_id"), row.getField("channel")));
		}
		return channels;
	}

	/** The shipments of the ranked week the naive rule flags: HS chapter 93, or "firearm" in the description. */
	private static Set<String> naive(Path work, LocalDate from, LocalDate to) throws Exception {
		Set<String> flagged = new java.util.HashSet<>();
		try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(work.resolve(SouthboundTraffic.SHIPMENTS))) {
			rows.forEach(row -> {
				LocalDate day = LocalDate.parse(row.getField("departure_date"));
				if (day.isBefore(from) || day.isAfter(to)) {
					return;
				}
				boolean flag = row.getField("hs_code").startsWith("93")
						|| row.getField("description").toLowerCase(Locale.ROOT).contains("firearm");
				if (flag) {
					flagged.add(row.getField("shipment_id"));
				}
			});
		}
		return flagged;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/** The figures of BENCHMARKS.md, from a ranking and the truth. */
	static final class Evaluation {

		private Evaluation() {
		}

		static void print(List<Target> ranked, Map<String, Boolean> truth, Set<String> naive) {
			int n = ranked.size();
			long smuggling = ranked.stream().filter(t -> truth.get(t.shipmentId())).count();
			double random = (double) smuggling / n;
			int top1 = Math.max(1, n / 100);
			int top5 = Math.max(1, n / 20);
			long hits1 = ranked.stream().limit(top1).filter(t -> truth.get(t.shipmentId())).count();
			long hits5 = ranked.stream().limit(top5).filter(t -> truth.get(t.shipmentId())).count();
			long naiveHits = naive.stream().filter(truth::get).count();
			System.out.printf("smuggling shipments in the ranked week: %,d of %,d (random inspection finds %.4f)%n",
					smuggling, n, random);
			System.out.printf("top 1%% (%,d): precision %.3f = %.1f x random%n", top1, (double) hits1 / top1,
					(double) hits1 / top1 / random);
			System.out.printf("top 5%% (%,d): recall %.3f (%,d of %,d), precision %.3f%n", top5, (double) hits5 / smuggling,
					hits5, smuggling, (double) hits5 / top5);
			System.out.printf("naive rule (HS 93 or \"firearm\"): flags %,d, precision %.3f = %.1f x random, recall %.3f%n",
					naive.size(), naive.isEmpty() ? 0 : (double) naiveHits / naive.size(),
					naive.isEmpty() ? 0 : (double) naiveHits / naive.size() / random, (double) naiveHits / smuggling);
		}

		/** Recall in the top 5% per smuggling channel: which ways still get through. */
		static void recallByChannel(List<Target> ranked, Map<String, String> channels) {
			int top5 = Math.max(1, ranked.size() / 20);
			Map<String, int[]> counts = new java.util.TreeMap<>();
			for (int i = 0; i < ranked.size(); i++) {
				String channel = channels.get(ranked.get(i).shipmentId());
				if (!channel.isEmpty()) {
					int[] count = counts.computeIfAbsent(channel, c -> new int[2]);
					count[0]++;
					count[1] += i < top5 ? 1 : 0;
				}
			}
			counts.forEach((channel, count) -> System.out.printf("  recall in the top 5%%, %-12s %.3f (%d of %d)%n",
					channel, (double) count[1] / count[0], count[1], count[0]));
		}
	}
}
