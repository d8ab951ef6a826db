package org.irontrace.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.zaxxer.hikari.HikariDataSource;
import org.irontrace.imports.ImportService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace load-benchmark}: throughput and latency of the HTTP API under concurrent clients.
 * It starts the server in this process on loopback, on a fresh throw-away data folder, loads a
 * synthetic world, makes an analyst and a token, then runs one timed phase after another: a light
 * authenticated read (the baseline), traces with the token, the same traces with HTTP Basic, and
 * batches. Each phase prints traces (or requests) per second, latency percentiles, and the heap and
 * database connections sampled while it ran. Bounded in clients, time and size; nothing leaves the
 * machine.
 */
@Command(name = "load-benchmark", mixinStandardHelpOptions = true,
		description = "Measure API throughput and latency with concurrent clients on loopback, on a throw-away synthetic world.")
public class LoadBenchmarkCommand implements Callable<Integer> {

	private final ApplicationContext context;

	@Option(names = "--clients", defaultValue = "16", description = "concurrent clients, 1 to 64 (default ${DEFAULT-VALUE})")
	int clients = 16;

	@Option(names = "--seconds", defaultValue = "20", description = "length of each phase, 1 to 120 (default ${DEFAULT-VALUE})")
	int seconds = 20;

	@Option(names = "--events", defaultValue = "100000",
			description = "custody events of the synthetic ledger, 1,000 to 2,000,000 (default ${DEFAULT-VALUE})")
	long events = 100_000;

	@Option(names = "--recoveries", defaultValue = "20000",
			description = "recoveries the clients trace, 100 to 200,000 (default ${DEFAULT-VALUE})")
	int recoveries = 20_000;

	@Option(names = "--batch-size", defaultValue = "100",
			description = "recoveries in each batch request, 1 to 1000 (default ${DEFAULT-VALUE})")
	int batchSize = 100;

	@Option(names = "--stream-rate", defaultValue = "100",
			description = "traces a second of the paced stream measured last, whose leads must settle soon after; 0 leaves it out, at most 2,000 (default ${DEFAULT-VALUE})")
	int streamRate = 100;

	@Option(names = "--stream-new", description = "the paced stream traces recoveries never traced before, each once"
			+ " (imported before it starts), instead of tracing the world's recoveries again")
	boolean streamNew;

	@Option(names = "--stream-seconds",
			description = "length of the paced stream, 1 to 600, reported a minute at a time (default: --seconds)")
	Integer streamSeconds;

	public LoadBenchmarkCommand(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws Exception {
		String refused = outOfBounds();
		if (refused != null) {
			System.err.println(refused);
			return 2;
		}
		Path home = Files.createTempDirectory("irontrace-load-");
		String password = UUID.randomUUID().toString();
		String[] settings = { "--server.port=0", "--server.address=127.0.0.1", "--irontrace.home=" + home,
				"--irontrace.home.discard-on-close=true", "--irontrace.demo=false", "--irontrace.admin.password=" + password,
				"--logging.level.root=WARN", "--logging.level.org.irontrace=WARN", "--spring.main.banner-mode=off" };
		long started = System.nanoTime();
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(applicationClass())
			.web(WebApplicationType.SERVLET)
			.run(settings)) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
			LoadWorld world = new LoadWorld(port, password);
			long traceable = world.importWorld(server.getBean(ImportService.class), home, events, recoveries);
			world.accounts();
			System.out.printf("Server on 127.0.0.1:%d with %,d custody events (%,d firearms) and %,d recoveries, ready in %.1f s%n",
					port, events, events / SyntheticLedger.EVENTS_PER_FIREARM, traceable, (System.nanoTime() - started) / 1e9);
			System.out.printf("%d clients, %d s a phase, batches of %d; Java %s, %d processors, max heap %d MB%n%n", clients,
					seconds, batchSize, Runtime.version(), Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			ServerGauges gauges = new ServerGauges(server.getBean(HikariDataSource.class).getHikariPoolMXBean());
			LoadRequests requests = new LoadRequests(port, world, (int) traceable, batchSize);
			BiFunction<SplittableRandom, Integer, HttpRequest> everything = (random, client) -> switch (client % 4) {
				case 0 -> requests.lightRead(random);
				case 1 -> requests.traceWithToken(random);
				case 2 -> requests.traceWithBasic(random);
				default -> requests.batch(random);
			};
			new LoadPhase(clients, Duration.ofSeconds(Math.max(3, seconds / 4)), gauges).run("warm-up", everything, 0);
			LoadPhase phase = new LoadPhase(clients, Duration.ofSeconds(seconds), gauges);
			LoadPhase.Figures light = phase.run("GET /api/v1/recoveries?limit=1, token", (r, c) -> requests.lightRead(r), 0);
			LoadPhase.Figures token = phase.run("POST /api/v1/traces, token", (r, c) -> requests.traceWithToken(r), 1);
			System.out.printf("leads settled %.2f s after the phase's last trace (GET /api/v1/leads/status)%n%n",
					requests.secondsUntilLeadsSettle());
			LoadPhase.Figures basic = phase.run("POST /api/v1/traces, HTTP Basic", (r, c) -> requests.traceWithBasic(r), 1);
			LoadPhase.Figures batch = phase.run("POST /api/v1/traces:batch (" + batchSize + "), token",
					(r, c) -> requests.batch(r), batchSize);
			new LoadReport(System.out).print(light, token, basic, batch);
			if (streamRate > 0) {
				int length = streamSeconds == null ? seconds : streamSeconds;
				BiFunction<SplittableRandom, Integer, HttpRequest> stream = (r, c) -> requests.traceWithToken(r);
				String what = "POST /api/v1/traces, token, paced at " + streamRate + "/s";
				if (streamNew) {
					// Each trace of this stream is a recovery's first: a new gun in the graph, never left out of a pass.
					long imported = world.importNewRecoveries(server.getBean(ImportService.class), home, events, streamRate * length);
					System.out.printf("%,d recoveries never traced imported for the stream%n", imported);
					AtomicInteger next = new AtomicInteger();
					stream = (r, c) -> requests.traceNew(next.getAndIncrement() % (int) imported);
					what = "POST /api/v1/traces, token, new recoveries, paced at " + streamRate + "/s";
				}
				// The stream starts once the work the batches left has settled, so its figure is its own.
				requests.secondsUntilLeadsSettle();
				// A long stream runs a minute at a time, so that each minute's rate, latency and heap show whether it holds.
				List<LoadPhase.Figures> minutes = new java.util.ArrayList<>();
				for (int done = 0; done < length; done += 60) {
					LoadPhase piece = new LoadPhase(clients, Duration.ofSeconds(Math.min(60, length - done)), gauges);
					minutes.add(piece.paced(streamRate).run(what, stream, 1));
				}
				new LoadReport(System.out).printStream(minutes, streamRate, requests.secondsUntilLeadsSettle());
			}
		}
		return 0;
	}

	private String outOfBounds() {
		if (clients < 1 || clients > 64) {
			return "--clients: 1 to 64";
		}
		if (seconds < 1 || seconds > 120) {
			return "--seconds: 1 to 120";
		}
		if (events < 1000 || events > 2_000_000) {
			return "--events: 1,000 to 2,000,000";
		}
		if (recoveries < 100 || recoveries > 200_000) {
			return "--recoveries: 100 to 200,000";
		}
		if (streamRate < 0 || streamRate > 2000) {
			return "--stream-rate: 0 to 2,000";
		}
		if (streamSeconds != null && (streamSeconds < 1 || streamSeconds > 600)) {
			return "--stream-seconds: 1 to 600";
		}
		return batchSize < 1 || batchSize > 1000 ? "--batch-size: 1 to 1000" : null;
	}

	/** The application's own class, found in the context this command runs in. */
	private Class<?> applicationClass() {
		Object application = context.getBeansWithAnnotation(SpringBootApplication.class).values().iterator().next();
		return ClassUtils.getUserClass(application);
	}

	/** The four kinds of request the clients send. */
	record LoadRequests(int port, LoadWorld world, int recoveries, int batchSize) {

		HttpRequest lightRead(SplittableRandom random) {
			return builder("/api/v1/recoveries?agency=" + LoadWorld.AGENCY + "&limit=1", "Bearer " + world.token).GET().build();
		}

		HttpRequest traceWithToken(SplittableRandom random) {
			return trace(random, "Bearer " + world.token);
		}

		HttpRequest traceWithBasic(SplittableRandom random) {
			return trace(random, LoadWorld.basic(LoadWorld.ANALYST, world.analystPassword));
		}

		HttpRequest batch(SplittableRandom random) {
			StringBuilder ids = new StringBuilder();
			for (int i = 0; i < batchSize; i++) {
				ids.append(i == 0 ? "\"" : ",\"").append(LoadWorld.id(random.nextInt(recoveries))).append('"');
			}
			return json("/api/v1/traces:batch", "Bearer " + world.token,
					"{\"agency\":\"" + LoadWorld.AGENCY + "\",\"recoveryIds\":[" + ids + "]}");
		}

		/** How long the leads take to catch up with the traces sent, as an analyst would read it. */
		double secondsUntilLeadsSettle() throws Exception {
			java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
			HttpRequest status = builder("/api/v1/leads/status", "Bearer " + world.token).GET().build();
			long started = System.nanoTime();
			while (System.nanoTime() - started < Duration.ofMinutes(2).toNanos()) {
				if (http.send(status, java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("\"settled\":true")) {
					return (System.nanoTime() - started) / 1e9;
				}
				Thread.sleep(20);
			}
			return Double.NaN;
		}

		/** The first trace of one of the recoveries imported for a stream of new ones. */
		HttpRequest traceNew(int recovery) {
			return json("/api/v1/traces", "Bearer " + world.token, "{\"agency\":\"" + LoadWorld.AGENCY + "\",\"recoveryId\":\""
					+ LoadWorld.newId(recovery) + "\"}");
		}

		private HttpRequest trace(SplittableRandom random, String authorization) {
			return json("/api/v1/traces", authorization, "{\"agency\":\"" + LoadWorld.AGENCY + "\",\"recoveryId\":\""
					+ LoadWorld.id(random.nextInt(recoveries)) + "\"}");
		}

		private HttpRequest json(String path, String authorization, String body) {
			return builder(path, authorization).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}

		private HttpRequest.Builder builder(String path, String authorization) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", authorization)
				.timeout(Duration.ofSeconds(30));
		}
	}
}
