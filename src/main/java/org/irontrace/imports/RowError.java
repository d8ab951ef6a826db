package org.irontrace.imports;

/** Why one row (or the header, line 1) of an imported file was rejected. */
public record RowError(long line, String column, String message) {
}
