package org.irontrace.simulation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Measures the simulator at scale against a baseline taken in the same run: plain fastcsv writing
 * the same number of rows of random fields, which is the floor any CSV-writing generator stands on.
 * Not a test (CI does not time it). Usage: {@code SimulationBenchmark FIREARMS OUT_DIR}.
 */
public final class SimulationBenchmark {

	private SimulationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int firearms = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path out = Path.of(args.length > 1 ? args[1] : "target-sim/benchmark");
		Files.createDirectories(out);
		long started = System.nanoTime();
		SimulationSummary summary = new IronRiverSimulator().writeWorld(new SimulationSettings(42, firearms, 2015, 2024),
				out.resolve("world"), done -> {
				});
		double simulated = (System.nanoTime() - started) / 1e9;
		long rows = summary.licensees() + summary.commerceEvents() + summary.recoveries();
		long bytes = size(out.resolve("world"));
		started = System.nanoTime();
		baseline(out.resolve("baseline.csv"), rows);
		double baseline = (System.nanoTime() - started) / 1e9;
		System.out.printf("firearms=%,d rows=%,d bytes=%,d%n", firearms, rows, bytes);
		System.out.printf("simulator: %.1f s (%,.0f firearms/s)%n", simulated, firearms / simulated);
		System.out.printf("baseline (fastcsv, %,d rows x 22 random fields): %.1f s%n", rows, baseline);
		System.out.printf("ratio simulator/baseline: %.2f%n", simulated / baseline);
		System.out.printf("peak heap used: %,d MB (max heap %,d MB)%n", peakHeap() / (1 << 20),
				Runtime.getRuntime().maxMemory() / (1 << 20));
		Files.deleteIfExists(out.resolve("baseline.csv"));
	}

	private static void baseline(Path file, long rows) throws IOException {
		SplittableRandom random = new SplittableRandom(42);
		String[] row = new String[22];
		char[] chars = new char[6];
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file, StandardCharsets.UTF_8)) {
			for (long r = 0; r < rows; r++) {
				for (int f = 0; f < row.length; f++) {
					for (int c = 0; c < chars.length; c++) {
						chars[c] = (char) ('A' + random.nextInt(26));
					}
					row[f] = new String(chars);
				}
				csv.writeRecord(row);
			}
		}
	}

	private static long size(Path directory) throws IOException {
		try (var files = Files.list(directory)) {
			return files.mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
