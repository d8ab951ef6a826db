package org.irontrace.access;

/**
 * The outcome of checking the audit chain.
 *
 * @param entries entries checked
 * @param brokenAt the sequence number of the first entry that does not fit the chain, or null
 * @param problem what is wrong there, in words, or null
 */
public record AuditVerification(long entries, Long brokenAt, String problem) {

	public boolean intact() {
		return brokenAt == null;
	}
}
