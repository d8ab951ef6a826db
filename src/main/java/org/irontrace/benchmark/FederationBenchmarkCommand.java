package org.irontrace.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Role;
import org.irontrace.access.SharingAgreements;
import org.irontrace.federation.ExchangeOutcome;
import org.irontrace.federation.Installation;
import org.irontrace.federation.PeerExchange;
import org.irontrace.federation.Peers;
import org.irontrace.federation.SignedRequests;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.Submitter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace federation-benchmark}: the exchange of N recoveries granted in full between two
 * installations started in this process (each in its own database of the PostgreSQL server named
 * by {@code --postgres}, so that the machine's {@code pg_dump} and {@code psql} speak its version),
 * against {@code pg_dump | psql} of the same table between the same databases in the same run; then
 * what signing and checking one message costs. The databases are made for the run and dropped.
 */
@Command(name = "federation-benchmark", mixinStandardHelpOptions = true,
		description = "Measure the exchange of granted records between two installations against pg_dump | psql.")
public class FederationBenchmarkCommand implements Callable<Integer> {

	private static final String PATH = "/api/v1/federation/exchange";

	private static final Caller OPERATOR = new Caller("benchmark", "IRONTRACE", EnumSet.of(Role.ADMIN));

	private final ApplicationContext context;

	@Option(names = "--records", defaultValue = "100000", description = "recoveries granted (default ${DEFAULT-VALUE})")
	int records = 100_000;

	@Option(names = "--page-size", defaultValue = "2000", description = "records per exchange message (default ${DEFAULT-VALUE})")
	int pageSize = 2000;

	@Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
			description = "a PostgreSQL server (any database of it) where the run may create and drop databases (default ${DEFAULT-VALUE})")
	String postgres;

	@Option(names = "--user", defaultValue = "${sys:user.name}", description = "its user, allowed to create databases")
	String user;

	@Option(names = "--password", defaultValue = "", description = "its password (also given to pg_dump and psql)")
	String password;

	public FederationBenchmarkCommand(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws Exception {
		if (records < 1 || records > 5_000_000 || pageSize < 1 || pageSize > 5000) {
			System.err.println("--records 1 to 5,000,000, --page-size 1 to 5000");
			return 2;
		}
		String run = "irontrace_fed_" + Long.toHexString(System.nanoTime());
		List<String> databases = List.of(run + "_owner", run + "_grantee", run + "_copy");
		Path folder = Files.createTempDirectory("irontrace-federation-benchmark-");
		databases.forEach(this::createDatabase);
		try (ConfigurableApplicationContext owner = start("bench-owner", databases.get(0), folder);
				ConfigurableApplicationContext grantee = start("bench-grantee", databases.get(1), folder)) {
			owner.getBean(AccessAdministration.class)
				.createAgency(OPERATOR, new AccessRequests.NewAgency("JM-JCF", "Jamaica Constabulary Force", "JM", "NATIONAL"));
			grantee.getBean(AccessAdministration.class)
				.createAgency(OPERATOR, new AccessRequests.NewAgency("CARICOM-IMPACS", "CARICOM IMPACS", "TT", "REGIONAL"));
			long importStart = System.nanoTime();
			Path csv = writeRecoveries(folder.resolve("recoveries.csv"));
			try (InputStream in = Files.newInputStream(csv)) {
				owner.getBean(ImportService.class).importCsv("recoveries", in, ImportProgress.NONE, Submitter.INSTALLATION);
			}
			System.out.printf("owner loaded %,d recoveries in %.1f s%n", records, seconds(importStart));
			introduce(owner, grantee);
			owner.getBean(SharingAgreements.class)
				.grant(OPERATOR, new AccessRequests.NewAgreement("JM-JCF", "bench-grantee:CARICOM-IMPACS",
						List.of("RECOVERIES", "TRACES"), "FULL", LocalDate.now().minusDays(1).toString(), null));

			PeerExchange exchange = grantee.getBean(PeerExchange.class);
			long first = System.nanoTime();
			ExchangeOutcome outcome = exchange.exchangeWith("bench-owner");
			double exchangeSeconds = seconds(first);
			long again = System.nanoTime();
			ExchangeOutcome nothingNew = exchange.exchangeWith("bench-owner");
			double againSeconds = seconds(again);

			String server = postgres.substring(0, postgres.lastIndexOf('/') + 1);
			long dumpStart = System.nanoTime();
			int dump = pgDumpIntoCopy(server, databases.get(0), databases.get(2));
			double dumpSeconds = seconds(dumpStart);
			long copied = count(server + databases.get(2), "SELECT count(*) FROM recovery_store");

			int messages = (int) Math.ceil((double) records / pageSize) + 1;
			double[] signing = signingCost(owner, grantee, pageBody(grantee));
			System.out.printf("exchange of %,d records (page %,d, %d messages): %.2f s, %,.0f records/s; received %d, again %.2f s "
					+ "(received %d)%n", records, pageSize, messages, exchangeSeconds, records / exchangeSeconds,
					outcome.received(), againSeconds, nothingNew.received());
			System.out.printf("pg_dump --table=recovery_store | psql of the same rows: %.2f s (exit %d, %,d rows copied)%n",
					dumpSeconds, dump, copied);
			System.out.printf("ratio exchange / pg_dump|psql: %.2f%n", exchangeSeconds / dumpSeconds);
			System.out.printf("signing a page message (%,d bytes): %.3f ms; checking it at the receiver (key, window, "
					+ "signature, nonce written): %.3f ms; small message sign %.3f ms%n", (int) signing[3], signing[0], signing[1],
					signing[2]);
			System.out.printf("signatures in this exchange: %d requests and %d answers, about %.3f s = %.1f%% of the exchange%n",
					messages, messages, messages * (signing[0] + signing[1]) * 2 / 1000, 100 * messages
							* (signing[0] + signing[1]) * 2 / 1000 / exchangeSeconds);
			return 0;
		}
		finally {
			databases.forEach(this::dropDatabase);
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private ConfigurableApplicationContext start(String name, String database, Path folder) {
		String server = postgres.substring(0, postgres.lastIndexOf('/') + 1);
		Path home = folder.resolve(name);
		String[] settings = { "--server.port=0", "--server.address=127.0.0.1", "--irontrace.name=" + name,
				"--irontrace.home=" + home, "--irontrace.keys=" + home.resolve("keys"), "--irontrace.demo=false",
				"--irontrace.db.url=" + server + database, "--irontrace.db.user=" + user,
				"--irontrace.db.password=" + password, "--irontrace.federation.scheduling=false",
				"--irontrace.federation.page-size=" + pageSize, "--irontrace.reports.scheduling=false",
				"--irontrace.admin.password=" + UUID.randomUUID(), "--logging.level.root=WARN",
				"--logging.level.org.irontrace=WARN", "--spring.main.banner-mode=off" };
		return new SpringApplicationBuilder(applicationClass()).web(WebApplicationType.SERVLET).run(settings);
	}

	private static void introduce(ConfigurableApplicationContext owner, ConfigurableApplicationContext grantee) {
		for (ConfigurableApplicationContext[] pair : new ConfigurableApplicationContext[][] { { owner, grantee }, { grantee, owner } }) {
			Installation other = pair[1].getBean(Installation.class);
			int port = ((WebServerApplicationContext) pair[1]).getWebServer().getPort();
			pair[0].getBean(Peers.class).addPeer(OPERATOR, other.name(), "http://127.0.0.1:" + port, other.publicKeyText());
		}
	}

	private Path writeRecoveries(Path file) throws Exception {
		SplittableRandom random = new SplittableRandom(7);
		String[] makers = { "Glock", "Smith & Wesson", "Taurus", "Beretta", "Ruger", "Colt" };
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("recovery_id,agency,recovery_date,country,city,crime_code,serial_number,manufacturer,model,caliber,"
					+ "firearm_type,possessor_first_name,possessor_last_name,possessor_dob\n");
			for (int i = 0; i < records; i++) {
				out.write(String.format("JM-%08d,JM-JCF,%s,JM,Kingston,HOMICIDE,S%09d,%s,M%d,9mm,PISTOL,First%d,Last%d,%s%n", i,
						LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)), random.nextInt(1_000_000_000),
						makers[random.nextInt(makers.length)], random.nextInt(50), random.nextInt(5000),
						random.nextInt(20000), LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12000))));
			}
		}
		return file;
	}

	/** A body as large as one page of the exchange: the grantee's own held records, as JSON. */
	private byte[] pageBody(ConfigurableApplicationContext grantee) {
		var jdbc = grantee.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		String page = jdbc.sql("SELECT coalesce(json_agg(r), '[]')::text FROM (SELECT recovery_id, recovery_date, country, city,"
				+ " serial_number, manufacturer, model, caliber, possessor_first_name, possessor_last_name"
				+ " FROM foreign_recovery LIMIT ?) r").param(pageSize).query(String.class).single();
		return page.getBytes(StandardCharsets.UTF_8);
	}

	/** Milliseconds: sign a page, check it at the receiver, sign a small message; and the page's bytes. */
	private static double[] signingCost(ConfigurableApplicationContext owner, ConfigurableApplicationContext grantee,
			byte[] page) {
		SignedRequests signer = grantee.getBean(SignedRequests.class);
		SignedRequests checker = owner.getBean(SignedRequests.class);
		byte[] small = "{\"cursors\":{},\"pageSize\":2000,\"reads\":[]}".getBytes(StandardCharsets.UTF_8);
		int rounds = 500;
		List<Map<String, String>> signed = new ArrayList<>(rounds);
		for (int i = 0; i < 50; i++) {
			signer.sign("POST", PATH, UUID.randomUUID().toString(), page);
		}
		long signStart = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			signed.add(signer.sign("POST", PATH, UUID.randomUUID().toString(), page));
		}
		double sign = (System.nanoTime() - signStart) / 1e6 / rounds;
		long checkStart = System.nanoTime();
		for (Map<String, String> headers : signed) {
			checker.verify("POST", PATH, page, headers::get);
		}
		double check = (System.nanoTime() - checkStart) / 1e6 / rounds;
		long smallStart = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			signer.sign("POST", PATH, UUID.randomUUID().toString(), small);
		}
		double smallSign = (System.nanoTime() - smallStart) / 1e6 / rounds;
		return new double[] { sign, check, smallSign, page.length };
	}

	private int pgDumpIntoCopy(String server, String from, String to) throws Exception {
		java.net.URI uri = java.net.URI.create(server.substring("jdbc:".length()));
		String connection = "-h " + uri.getHost() + " -p " + (uri.getPort() < 0 ? 5432 : uri.getPort()) + " -U " + user;
		ProcessBuilder pipe = new ProcessBuilder("bash", "-c", "set -o pipefail; pg_dump --no-owner --table=recovery_store "
				+ connection + " " + from + " | psql -q -o /dev/null " + connection + " " + to + " 2>/dev/null");
		pipe.environment().put("PGPASSWORD", password);
		pipe.inheritIO();
		return pipe.start().waitFor();
	}

	private void createDatabase(String name) {
		execute("CREATE DATABASE " + name);
	}

	private void dropDatabase(String name) {
		try {
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (RuntimeException e) {
			System.err.println("could not drop " + name + ": " + e.getMessage());
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(postgres, user, password)) {
			connection.createStatement().execute(sql);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	private long count(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (java.sql.SQLException e) {
			return -1;
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private Class<?> applicationClass() {
		Object application = context.getBeansWithAnnotation(SpringBootApplication.class).values().iterator().next();
		return ClassUtils.getUserClass(application);
	}
}
