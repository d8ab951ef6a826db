package org.irontrace.access;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail.
 *
 * @param owners the other agencies whose records the act read (empty when the records were the
 *     reader's own agency's), so that their auditors see who read them
 */
public record AuditEntry(long seq, Instant at, String username, String agency, String action, String subject,
		String purpose, String seal, List<String> owners) {

	public AuditEntry {
		owners = owners == null ? List.of() : List.copyOf(owners);
	}

	/**
	 * The text an entry's seal is computed over: its content and the seal before it. The owners
	 * are sealed when there are any, so entries written before owners were kept still verify.
	 */
	String sealedText(String previousSeal) {
		String text = String.join("\n", previousSeal, Long.toString(seq), at.toString(), username, agency, action, subject,
				purpose == null ? "" : purpose);
		return owners.isEmpty() ? text : text + "\nowners:" + String.join(",", owners);
	}
}
