package org.irontrace.imports;

import java.util.List;

/**
 * What an import did. {@code accepted} rows changed the database, {@code duplicates} were already
 * there (or repeated in the file) and changed nothing, {@code rejected} rows were refused with the
 * reasons in {@code errors}. At most {@link #MAX_ERRORS_LISTED} errors are listed; the counts stay exact.
 */
public record ImportReport(String kind, long accepted, long duplicates, long rejected, List<RowError> errors,
		boolean errorsTruncated, List<String> warnings) {

	public static final int MAX_ERRORS_LISTED = 1000;

	public long rowsRead() {
		return accepted + duplicates + rejected;
	}
}
