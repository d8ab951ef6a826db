package org.irontrace.simulation;

/**
 * Where a recovered gun truly came from, as ground truth records it.
 *
 * @param caseId the trafficking case, null for foreign guns
 * @param channel the trafficking channel, null for foreign guns
 * @param sourceState US state where the gun left lawful commerce, null for foreign guns
 * @param trueSaleDay the first retail sale as it happened (recorded or not), -1 when there was none
 */
record Provenance(String caseId, TraffickingChannel channel, String sourceState, int trueSaleDay, boolean foreign) {

	static Provenance foreignNeverImported() {
		return new Provenance(null, null, null, -1, true);
	}
}
