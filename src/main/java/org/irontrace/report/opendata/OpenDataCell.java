package org.irontrace.report.opendata;

/**
 * One published count: {@code table} and {@code key} (and {@code detail} for two-way tables such
 * as the flows) name it; {@code count} is null when it is suppressed.
 */
public record OpenDataCell(String table, String key, String detail, Long count, boolean suppressed) {
}
