package org.irontrace.benchmark;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

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
 * {@code irontrace page-benchmark}: how fast the analyst's pages answer and how much a browser
 * downloads for them, on the demo world. It starts the server in this process on a free port (on
 * a fresh {@code IRONTRACE_HOME} the demo world is loaded first, as on any first start), signs in
 * as a demo analyst and requests every page; then it times the dashboard's queries over a synthetic
 * year of a million recoveries. Each figure is printed next to its same-run baseline.
 */
@Command(name = "page-benchmark", description = "Time the analyst's pages and weigh what they download, on the demo world.")
public class PageBenchmarkCommand implements Callable<Integer> {

	/** The pages measured, in the order an analyst would open them. */
	static final List<String> PAGES = List.of("/app", "/app/dashboard", "/app/map", "/app/recoveries", "/app/traces",
			"/app/trace", "/app/search", "/app/leads", "/app/graph");

	private final ApplicationContext context;

	private final DashboardBenchmark dashboard;

	@Option(names = "--runs", defaultValue = "30", description = "requests of each page (default ${DEFAULT-VALUE})")
	int runs = 30;

	@Option(names = "--dashboard-recoveries", defaultValue = "1000000",
			description = "recoveries of the synthetic year the dashboard is timed over (0 skips it; default ${DEFAULT-VALUE})")
	int dashboardRecoveries = 1_000_000;

	@Option(names = "--dashboard-runs", defaultValue = "5", description = "timed runs of the dashboard's queries (default ${DEFAULT-VALUE})")
	int dashboardRuns = 5;

	@Option(names = "--skip-pages", description = "time only the dashboard's queries")
	boolean skipPages;

	@Option(names = "--explain", description = "print the query plan of the dashboard's query")
	boolean explain;

	public PageBenchmarkCommand(ApplicationContext context, DashboardBenchmark dashboard) {
		this.context = context;
		this.dashboard = dashboard;
	}

	@Override
	public Integer call() throws Exception {
		if (!skipPages) {
			measurePages();
		}
		if (dashboardRecoveries > 0) {
			System.out.println();
			System.out.println("## Dashboard over a synthetic year of " + String.format("%,d", dashboardRecoveries) + " recoveries");
			double seconds = dashboard.run(dashboardRecoveries, dashboardRuns, explain, System.out);
			return seconds < 1.0 ? 0 : 1;
		}
		return 0;
	}

	private void measurePages() throws Exception {
		String password = UUID.randomUUID().toString();
		System.out.println("Starting the server (the demo world is loaded on a fresh IRONTRACE_HOME) ...");
		long start = System.nanoTime();
		// As arguments, so that they win over application.properties (server.port=8080 among them).
		String[] settings = { "--server.port=0", "--irontrace.demo=true", "--irontrace.admin.password=" + password,
				"--logging.level.root=WARN", "--logging.level.org.irontrace=WARN", "--spring.main.banner-mode=off" };
		try (ConfigurableApplicationContext server = new SpringApplicationBuilder(applicationClass())
			.web(WebApplicationType.SERVLET)
			.run(settings)) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
			System.out.printf("Server up with the demo world in %.1f s, port %d%n", (System.nanoTime() - start) / 1e9, port);
			new PageBenchmarkRun(port, password, runs).measure(PAGES, System.out);
		}
	}

	/** The application's own class, found in the context this command runs in. */
	private Class<?> applicationClass() {
		Object application = context.getBeansWithAnnotation(SpringBootApplication.class).values().iterator().next();
		return ClassUtils.getUserClass(application);
	}
}
