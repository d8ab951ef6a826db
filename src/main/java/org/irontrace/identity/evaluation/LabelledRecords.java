package org.irontrace.identity.evaluation;

import java.util.List;

import org.irontrace.identity.PersonRecord;

/** Person records with the truth: {@code entityOf[i]} is the real person of record i. */
public record LabelledRecords(String name, List<PersonRecord> records, int[] entityOf, boolean linkage) {
}
