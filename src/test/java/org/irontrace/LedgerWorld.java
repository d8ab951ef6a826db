package org.irontrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A simulated world as the ledger alone tells it: the agencies' own files (the tracing authority's
 * answers, ballistic hits, the home registries) removed, for tests that measure what the tracing
 * engine and the intelligence make of a US ledger. The agency's side is measured on its own.
 */
public final class LedgerWorld {

	private LedgerWorld() {
	}

	public static void keepTheLedgerOnly(Path world) throws IOException {
		for (String agencyFile : new String[] { "trace_results.csv", "ballistic_links.csv", "domestic_registry.csv" }) {
			Files.deleteIfExists(world.resolve(agencyFile));
		}
	}
}
