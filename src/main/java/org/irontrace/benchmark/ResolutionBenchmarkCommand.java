package org.irontrace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.irontrace.benchmark.identity.FebrlFiles;
import org.irontrace.benchmark.identity.LabelledRecords;
import org.irontrace.benchmark.identity.PairBreakdown;
import org.irontrace.benchmark.identity.PairwiseQuality;
import org.irontrace.benchmark.identity.SimulatedPeople;
import org.irontrace.benchmark.identity.SyntheticPeople;
import org.irontrace.identity.matching.PersonResolver;
import org.irontrace.identity.matching.Resolution;
import org.irontrace.identity.matching.ResolutionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace resolution-benchmark}: pairwise precision, recall, F1, pair completeness after
 * blocking and run time of person resolution, on FEBRL3 (deduplication), FEBRL4 (linkage) and a
 * synthetic population of Spanish and English names with known truth. Needs no database.
 */
@Command(name = "resolution-benchmark", description = "Measure person resolution on FEBRL and a synthetic population.")
public class ResolutionBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--febrl", defaultValue = "../shared/data/febrl", description = "folder of the FEBRL files (default ${DEFAULT-VALUE})")
	Path febrl;

	@Option(names = "--synthetic", defaultValue = "1000000", description = "records of the synthetic population, 0 skips it (default ${DEFAULT-VALUE})")
	int synthetic;

	@Option(names = "--simulated", defaultValue = "100000",
			description = "firearms of a simulated iron river whose purchasers and possessors are resolved, 0 skips it (default ${DEFAULT-VALUE})")
	int simulated;

	@Option(names = "--simulated-seed", defaultValue = "4242", description = "seed of the simulated iron river (default ${DEFAULT-VALUE})")
	long simulatedSeed;

	@Option(names = "--without-context",
			description = "also resolve the simulated people as the generic file layout holds them: names, no seizure, area or gun")
	boolean withoutContext;

	@Option(names = "--threshold", defaultValue = "0.95", description = "match probability threshold (default ${DEFAULT-VALUE})")
	double threshold;

	@Option(names = "--breakdown", description = "also print true, found, missed and false pairs by the kinds of the two records")
	boolean breakdown;

	public ResolutionBenchmarkCommand() {
	}

	@Override
	public Integer call() throws Exception {
		System.out.printf("threshold %.3f, %d processors, max heap %,d MB%n", threshold,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		if (Files.isDirectory(febrl)) {
			measure(FebrlFiles.deduplication(febrl, "dataset3.csv"), false);
			measure(FebrlFiles.linkage(febrl, "dataset4a.csv", "dataset4b.csv"), true);
		}
		else {
			System.out.println("No FEBRL files at " + febrl + ": skipped");
		}
		if (simulated > 0) {
			LabelledRecords people = SimulatedPeople.generate(simulated, simulatedSeed, Files.createTempDirectory("irontrace-people"));
			measure(people, false);
			if (withoutContext) {
				measure(people.withoutContext(), false);
			}
		}
		if (synthetic > 0) {
			measure(SyntheticPeople.generate(synthetic, 42), false);
		}
		return 0;
	}

	/** Processor time of this whole process, all threads, when the platform tells it (-1 otherwise). */
	private static long processCpuNanos() {
		java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
	}

	private void measure(LabelledRecords data, boolean linkage) {
		System.gc();
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		ResolutionRequest request = ResolutionRequest.of(threshold).withContext(data.context());
		Resolution resolution = new PersonResolver().resolve(data.records(), linkage ? request.acrossSources() : request);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
		PairwiseQuality q = PairwiseQuality.of(data, resolution);
		System.out.printf("%n## %s (%s, %,d records)%n", data.name(), linkage ? "linkage" : "deduplication",
				data.records().size());
		System.out.printf("true pairs %,d; predicted %,d; correct %,d; false %,d%n", q.truePairs(), q.predictedPairs(),
				q.correctPairs(), q.falsePairs());
		System.out.printf("precision %.4f  recall %.4f  F1 %.4f%n", q.precision(), q.recall(), q.f1());
		System.out.printf("pair completeness after blocking %.4f (%,d candidate pairs, %,d oversized blocks left out)%n",
				q.pairCompleteness(), q.candidatePairs(), resolution.oversizedBlocks());
		System.out.printf("resolution %.2f s; heap in use after it %,d MB; model prior %.4f%n", seconds, heap,
				resolution.model().prior());
		System.out.printf("processor time of the resolution %.1f s (all threads; on a shared machine the wall time above waits for others)%n",
				cpuSeconds);
		System.out.printf("links %,d; pairs of records kept apart by the coherence check %,d%n", resolution.links(),
				resolution.keptApart());
		if (breakdown) {
			PairBreakdown.of(data, resolution).lines().forEach(System.out::println);
		}
	}
}
