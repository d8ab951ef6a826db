package org.irontrace.benchmark.identity;

import java.util.List;

import org.irontrace.identity.PersonRecord;
import org.irontrace.identity.matching.RecordContext;

/**
 * Person records with the truth: {@code entityOf[i]} is the real person of record i; {@code context}
 * what the link graph knows around each record (null when the data has none, as FEBRL).
 */
public record LabelledRecords(String name, List<PersonRecord> records, int[] entityOf, boolean linkage,
		List<RecordContext> context) {

	public LabelledRecords(String name, List<PersonRecord> records, int[] entityOf, boolean linkage) {
		this(name, records, entityOf, linkage, null);
	}

	/** The same records and truth without their context, as the generic file layout would hold them. */
	public LabelledRecords withoutContext() {
		return new LabelledRecords(name + ", names without context", records, entityOf, linkage, null);
	}
}
