package org.irontrace.report.opendata;

import java.util.List;

/**
 * An additive relation between published cells that a reader knows: the parts add up to the
 * whole. Published with the data (so re-deriving totals is easy) and used by the suppression,
 * which must assume a reader will use every one of them to work back a hidden cell.
 */
public record Relation(String name, int whole, List<Integer> parts) {
}
