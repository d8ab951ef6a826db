package org.irontrace.network;

/**
 * How the graph names a person in SQL: the resolved person of the record, or, while the record waits
 * for resolution, {@code U:} and its name and birth date, so an unresolved purchaser still counts as
 * one person and every module keys people the same way.
 */
public final class PersonKeys {

	private PersonKeys() {
	}

	/** The SQL expression of the key, from the columns of the resolved id, names and birth date (as text). */
	public static String sql(String resolved, String first, String last, String dob) {
		return "COALESCE(" + resolved + ", CASE WHEN " + first + " IS NOT NULL OR " + last + " IS NOT NULL THEN 'U:' || "
				+ "upper(concat_ws(' ', " + first + ", " + last + ", " + dob + ")) END)";
	}
}
