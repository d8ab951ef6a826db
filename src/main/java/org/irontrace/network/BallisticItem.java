package org.irontrace.network;

import java.util.Locale;

/**
 * One end of a ballistic link as the examiner writes it: a recovered gun
 * ({@code recovery:AGENCY/RECOVERY_ID}) or the casings of a crime scene where no gun was found
 * ({@code case:AGENCY/CASE_ID}). The agency is everything before the first slash, so a recovery id
 * may itself hold slashes.
 */
record BallisticItem(String kind, String agency, String id) {

	static final String RECOVERY = "recovery";

	static final String CASE = "case";

	/** The item a reference names, or null when it is not written as one. */
	static BallisticItem parse(String reference) {
		if (reference == null) {
			return null;
		}
		int colon = reference.indexOf(':');
		int slash = reference.indexOf('/', colon + 1);
		if (colon < 1 || slash < 0) {
			return null;
		}
		String kind = reference.substring(0, colon).trim().toLowerCase(Locale.ROOT);
		String agency = reference.substring(colon + 1, slash).trim();
		String id = reference.substring(slash + 1).trim();
		if (!kind.equals(RECOVERY) && !kind.equals(CASE) || agency.isEmpty() || id.isEmpty()) {
			return null;
		}
		return new BallisticItem(kind, agency, id);
	}

	/** The graph's node id of this item ({@code recovery:AGENCY/ID}, {@code case:AGENCY/ID}). */
	String nodeId() {
		return kind + ":" + agency + "/" + id;
	}
}
