package org.irontrace.network;

/**
 * How the graph names a person in SQL: the resolved person of the record, or, while the record waits
 * for resolution, {@code U:} and a keyed digest of its name and birth date ({@code irontrace_person_key},
 * migration V75), so an unresolved purchaser still counts as one person and every module keys people
 * the same way. The digest is an HMAC under the installation's key: a bare hash of a name and birth
 * date could be matched by anyone hashing guessed names, and two installations key the same person
 * differently. A key is itself a handle on a person: it is shown only to readers who may see that
 * person; the names stay in {@code network_person}, read only where the reader may see them.
 */
public final class PersonKeys {

	private PersonKeys() {
	}

	/**
	 * The SQL expression of a key as a caller is shown it: itself, or, when the caller may not see the
	 * person ({@code named} false), a keyed digest of it that names the same node throughout one answer
	 * but cannot be turned back into the key, nor found from a guessed name, without the installation's key.
	 */
	public static String shownSql(String key, String named) {
		return "CASE WHEN " + named + " THEN " + key + " ELSE '~' || left(encode(hmac(convert_to(" + key
				+ ", 'UTF8'), decode(current_setting('irontrace.person_key'), 'hex'), 'sha256'), 'hex'), 16) END";
	}

	/** The SQL expression of a key as a caller is shown it in lists: itself, or null when it may not see the person. */
	public static String withheldSql(String key, String named) {
		return "CASE WHEN " + named + " THEN " + key + " END";
	}

	/** The SQL expression of the key, from the columns of the resolved id, names and birth date (as text). */
	public static String sql(String resolved, String first, String last, String dob) {
		return "COALESCE(" + resolved + ", irontrace_person_key(" + first + ", " + last + ", " + dob + "))";
	}
}
