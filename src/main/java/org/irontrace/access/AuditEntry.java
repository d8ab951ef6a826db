package org.irontrace.access;

import java.time.Instant;

/** One entry of the audit trail. */
public record AuditEntry(long seq, Instant at, String username, String agency, String action, String subject,
		String purpose, String seal) {

	/** The text an entry's seal is computed over: its content and the seal before it. */
	String sealedText(String previousSeal) {
		return String.join("\n", previousSeal, Long.toString(seq), at.toString(), username, agency, action, subject,
				purpose == null ? "" : purpose);
	}
}
