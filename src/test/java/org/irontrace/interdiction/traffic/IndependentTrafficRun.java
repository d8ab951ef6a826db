package org.irontrace.interdiction.traffic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.irontrace.IntegrationTest;
import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.interdiction.Interdiction;
import org.irontrace.interdiction.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Targeting on {@link IndependentTraffic}: two weeks per seed, the first inspected at random (4%),
 * the second ranked and scored against the truth. Prints figures for BENCHMARKS.md; skipped unless
 * {@code -Dtraffic.seeds=1,2} is given (it measures, it does not pass or fail).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "traffic.seeds", matches = ".+")
class IndependentTrafficRun {

	@Autowired
	ImportService imports;

	@Autowired
	Interdiction interdiction;

	@Test
	void rankTheSecondWeekOfEachSeed() {
		int shipments = Integer.getInteger("traffic.shipments", 50_000);
		for (String seed : System.getProperty("traffic.seeds").split(",")) {
			String agency = "IND-" + seed + "-" + System.nanoTime() % 100_000;
			LocalDate first = LocalDate.of(2033, 6, 6);
			List<IndependentTraffic.Row> rows = new IndependentTraffic(Long.parseLong(seed.trim()), agency)
				.write(2 * shipments, first, 14, 0.015);
			StringBuilder csv = new StringBuilder(IndependentTraffic.HEADER).append("\r\n");
			rows.forEach(row -> csv.append(row.line()).append("\r\n"));
			imports.importCsv("shipments", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
					ImportProgress.NONE);
			Random officer = new Random(Long.parseLong(seed.trim()));
			StringBuilder inspections = new StringBuilder("agency,shipment_id,inspection_date,result\r\n");
			Map<String, Boolean> truth = new HashMap<>();
			for (int i = 0; i < rows.size(); i++) {
				IndependentTraffic.Row row = rows.get(i);
				truth.put(row.id(), row.smuggling());
				if (i < shipments && officer.nextDouble() < 0.04) {
					inspections.append(agency).append(',').append(row.id()).append(",2033-06-12,")
						.append(row.smuggling() ? "SEIZED" : "CLEAR").append("\r\n");
				}
			}
			imports.importCsv("inspections", new ByteArrayInputStream(inspections.toString().getBytes(StandardCharsets.UTF_8)),
					ImportProgress.NONE);
			Interdiction.TargetList ranked = interdiction.listTargets(first.plusDays(7), first.plusDays(13), null,
					Integer.MAX_VALUE, new Visibility(false, Set.of(agency), Set.of()), Visibility.unrestricted());
			List<Target> targets = ranked.targets();
			long smuggling = targets.stream().filter(t -> truth.get(t.shipmentId())).count();
			int top1 = targets.size() / 100;
			int top5 = targets.size() / 20;
			long hits1 = targets.stream().limit(top1).filter(t -> truth.get(t.shipmentId())).count();
			long hits5 = targets.stream().limit(top5).filter(t -> truth.get(t.shipmentId())).count();
			double random = (double) smuggling / targets.size();
			System.out.printf("independent traffic, seed %s: %,d ranked, %,d smuggling (random %.4f); weights %s (%d seizures);"
					+ " top 1%% precision %.3f = %.1f x random; top 5%% recall %.3f%n", seed, targets.size(), smuggling,
					random, ranked.weights().source(), ranked.weights().seizures(), (double) hits1 / top1,
					(double) hits1 / top1 / random, (double) hits5 / smuggling);
		}
	}
}
