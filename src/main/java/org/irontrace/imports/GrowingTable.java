package org.irontrace.imports;

import java.util.List;

/**
 * A table an import grows, and the columns its statements look rows up by: the planner is told of
 * them again while the import runs ({@link PlannerCounts}). No columns: every column.
 */
public record GrowingTable(String name, List<String> keys) {

	public GrowingTable {
		keys = List.copyOf(keys);
	}

	/** The statement that counts the table again, sampling only its keys when it has some. */
	String analyse() {
		return keys.isEmpty() ? "ANALYZE " + name : "ANALYZE " + name + " (" + String.join(", ", keys) + ")";
	}
}
