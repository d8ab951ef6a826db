package org.irontrace.access;

import java.time.LocalDate;

/**
 * What a reader of the audit trail asks for; null means any. {@code agency} scopes to one agency's
 * acts and the reads of its records by others; {@code subjectStart} matches the start of a subject
 * (the API), {@code subjectText} any part of it (the auditors' page); {@code before} continues a page
 * below that sequence number; {@code limit} is how many entries at most. The names are the
 * statement's parameters.
 */
record AuditQuery(String agency, String username, String action, String subjectStart, String subjectText,
		LocalDate from, LocalDate to, Long before, int limit) {
}
