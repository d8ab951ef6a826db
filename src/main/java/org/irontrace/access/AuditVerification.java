package org.irontrace.access;

import java.util.List;

/**
 * The outcome of checking the audit chain.
 *
 * @param entries entries checked
 * @param brokenAt the sequence number of the first entry that does not fit the chain (or the first
 *        one missing from its end), or null
 * @param problem what is wrong there, in words, or null
 * @param checkpoints what each checkpoint kept outside the database said, in words
 */
public record AuditVerification(long entries, Long brokenAt, String problem, List<String> checkpoints) {

	AuditVerification(long entries, Long brokenAt, String problem) {
		this(entries, brokenAt, problem, List.of());
	}

	public boolean intact() {
		return brokenAt == null;
	}

	AuditVerification withCheckpoints(List<String> said) {
		return new AuditVerification(entries, brokenAt, problem, List.copyOf(said));
	}

	AuditVerification brokenAt(long seq, String why) {
		return new AuditVerification(entries, seq, why, checkpoints);
	}
}
