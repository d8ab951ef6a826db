package org.irontrace.access;

import java.util.Set;

/**
 * What a caller may see of one scope: records of some agencies in full, records of others without
 * personal data, or (installation operators) everything. Queries take it as parameters, so the
 * rule is applied in SQL and nothing is filtered after loading.
 */
public record Visibility(boolean everything, Set<String> full, Set<String> withoutPersonalData) {

	/** For the installation's own work (command line, demo loader): no agency restriction. */
	public static Visibility unrestricted() {
		return new Visibility(true, Set.of(), Set.of());
	}

	public boolean seesRecordsOf(String agency) {
		return everything || full.contains(agency) || withoutPersonalData.contains(agency);
	}

	public boolean seesPersonalDataOf(String agency) {
		return everything || full.contains(agency);
	}

	/** Agencies whose records may be read, for {@code agency = ANY(?)}. */
	public String[] recordAgencies() {
		return java.util.stream.Stream.concat(full.stream(), withoutPersonalData.stream()).toArray(String[]::new);
	}

	/** Agencies whose records may be read with personal data, for {@code agency = ANY(?)}. */
	public String[] fullAgencies() {
		return full.toArray(String[]::new);
	}
}
