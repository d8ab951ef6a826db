package org.irontrace.network;

/**
 * How the graph names a person in SQL: the resolved person of the record, or, while the record waits
 * for resolution, {@code U:} and a digest of its name and birth date, so an unresolved purchaser
 * still counts as one person, every module keys people the same way, and a key shown to a reader
 * who may not see personal data (a lead's subject, a ring's member) spells no name. The names stay
 * in {@code network_person}, read only where the reader may see them.
 */
public final class PersonKeys {

	private PersonKeys() {
	}

	/**
	 * The SQL expression of a key as a caller is shown it: itself, or, when it spells a name and
	 * birth date the caller may not read ({@code named} false), an opaque digest of it.
	 */
	public static String shownSql(String key, String named) {
		return "CASE WHEN " + named + " OR " + key + " NOT LIKE 'U:%' THEN " + key
				+ " ELSE 'U:~' || left(encode(sha256(convert_to(" + key + ", 'UTF8')), 'hex'), 16) END";
	}

	/** The same digest in Java: the first 16 hex digits of the SHA-256 of the text. */
	static String digest(String text) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash).substring(0, 16);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The SQL expression of the key, from the columns of the resolved id, names and birth date (as text). */
	public static String sql(String resolved, String first, String last, String dob) {
		return "COALESCE(" + resolved + ", CASE WHEN " + first + " IS NOT NULL OR " + last + " IS NOT NULL THEN 'U:' || "
				+ "left(encode(sha256(convert_to(upper(concat_ws(' ', " + first + ", " + last + ", " + dob
				+ ")), 'UTF8')), 'hex'), 24) END)";
	}
}
