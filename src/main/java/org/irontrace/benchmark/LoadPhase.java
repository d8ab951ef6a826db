package org.irontrace.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * One timed phase of the load benchmark: a number of clients, each with its own HTTP connection,
 * sending requests back to back for a fixed time. Every answer must be a 200; anything else is
 * counted as an error, so a fast phase of failures cannot pass for throughput.
 */
final class LoadPhase {

	/** What one phase measured: requests, errors, traces done, seconds, latency, and the server's gauges. */
	record Figures(String name, long requests, long errors, long traces, double seconds, Latencies latency,
			ServerGauges.Reading gauges) {

		double requestsPerSecond() {
			return requests / seconds;
		}

		double tracesPerSecond() {
			return traces / seconds;
		}
	}

	private final int clients;

	private final Duration length;

	private final ServerGauges gauges;

	/** Time between one client's requests when the phase is paced; 0 sends them back to back. */
	private final long intervalNanos;

	LoadPhase(int clients, Duration length, ServerGauges gauges) {
		this(clients, length, gauges, 0);
	}

	private LoadPhase(int clients, Duration length, ServerGauges gauges, long intervalNanos) {
		this.clients = clients;
		this.length = length;
		this.gauges = gauges;
		this.intervalNanos = intervalNanos;
	}

	/**
	 * The same phase with its clients together sending {@code requestsPerSecond}, each on a fixed
	 * schedule (a stream as agencies send it, not as fast as the server answers): a client behind its
	 * schedule sends at once, so the rate holds while the server keeps up.
	 */
	LoadPhase paced(double requestsPerSecond) {
		return new LoadPhase(clients, length, gauges, (long) (clients * 1e9 / requestsPerSecond));
	}

	/**
	 * Runs the phase: {@code request} makes each client's next request from its own random source and
	 * its client number; each 200 answer counts {@code tracesPerRequest} traces.
	 */
	Figures run(String name, BiFunction<SplittableRandom, Integer, HttpRequest> request, int tracesPerRequest)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> outcomes = new ArrayList<>();
		long start = System.nanoTime();
		long end = start + length.toNanos();
		gauges.start();
		for (int c = 0; c < clients; c++) {
			int client = c;
			// Paced clients start spread over one interval, so the stream is even rather than in bursts.
			long first = start + (intervalNanos == 0 ? 0 : intervalNanos * client / clients);
			outcomes.add(pool.submit(() -> client(request, client, first, intervalNanos, end)));
		}
		long errors = 0;
		List<long[]> durations = new ArrayList<>();
		for (Future<long[]> outcome : outcomes) {
			long[] recorded = outcome.get();
			errors += recorded[0];
			durations.add(Arrays.copyOfRange(recorded, 1, recorded.length));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		ServerGauges.Reading reading = gauges.stop();
		pool.shutdown();
		int total = durations.stream().mapToInt(d -> d.length).sum();
		Latencies latency = new Latencies(Math.max(total, 1));
		durations.forEach(d -> Arrays.stream(d).forEach(latency::add));
		return new Figures(name, total, errors, (long) (total - errors) * tracesPerRequest, seconds, latency, reading);
	}

	/** One client's loop; answers its error count followed by the duration of every request. */
	private static long[] client(BiFunction<SplittableRandom, Integer, HttpRequest> request, int client, long first,
			long intervalNanos, long end) throws InterruptedException {
		SplittableRandom random = new SplittableRandom(client * 7919L + 1);
		long[] durations = new long[1 << 12];
		int count = 1;
		long errors = 0;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long due = first;
		while (System.nanoTime() < end) {
			if (intervalNanos > 0) {
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				due += intervalNanos;
				if (due >= end) {
					break;
				}
			}
			HttpRequest next = request.apply(random, client);
			long sent = System.nanoTime();
			int status;
			try {
				status = http.send(next, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (Exception e) {
				status = -1;
			}
			if (count == durations.length) {
				durations = Arrays.copyOf(durations, count * 2);
			}
			durations[count++] = System.nanoTime() - sent;
			if (status != 200) {
				errors++;
			}
		}
		durations[0] = errors;
		return Arrays.copyOf(durations, count);
	}
}
