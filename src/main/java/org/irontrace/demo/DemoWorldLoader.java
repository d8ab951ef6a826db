package org.irontrace.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.irontrace.commerce.Ledger;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.trace.TraceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo world into an empty installation on the server's first start (never from a
 * command-line run), through the same
 * import path as any sender's files, then traces its recoveries so the first screen has results.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "irontrace.demo", havingValue = "true", matchIfMissing = true)
class DemoWorldLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

	static final long SEED = 2026;

	static final int GUNS = 300;

	private final ImportService imports;

	private final TraceService traces;

	private final Ledger ledger;

	DemoWorldLoader(ImportService imports, TraceService traces, Ledger ledger) {
		this.imports = imports;
		this.traces = traces;
		this.ledger = ledger;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIntoEmptyInstallation() {
		if (!ledger.isEmpty()) {
			return;
		}
		ShowcaseFiles files = ShowcaseWorld.build(SEED, GUNS);
		load("licensees", files.licensees());
		load("commerce-events", files.events());
		load("recoveries", files.recoveries());
		ShowcaseWorld.AGENCIES.forEach(agency -> traces.traceUntraced(agency, traced -> {
		}));
		log.info("Demo world loaded: {} guns, recoveries traced for {}", GUNS, ShowcaseWorld.AGENCIES);
	}

	private void load(String kind, String csv) {
		ImportReport report = imports.importCsv(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);
		if (report.rejected() > 0) {
			log.warn("Demo {}: {} rows rejected, first: {}", kind, report.rejected(), report.errors().get(0));
		}
	}
}
