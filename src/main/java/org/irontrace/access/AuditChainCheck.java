package org.irontrace.access;

/**
 * Walks the chain in sequence order. An altered entry's seal no longer matches its content; a
 * removed entry leaves a gap in the numbers and breaks the next seal; reordered entries break the
 * seals of both.
 */
final class AuditChainCheck {

	private final AuditKey key;

	private long entries;

	private long expectedSeq = 1;

	private String previousSeal = "";

	private Long brokenAt;

	private String problem;

	AuditChainCheck(AuditKey key) {
		this.key = key;
	}

	void accept(AuditEntry entry) {
		entries++;
		if (brokenAt != null) {
			return;
		}
		if (entry.seq() != expectedSeq) {
			fail(entry.seq(), "entry " + expectedSeq + " is missing (next found: " + entry.seq() + ")");
			return;
		}
		if (!key.seal(entry.sealedText(previousSeal)).equals(entry.seal())) {
			fail(entry.seq(), "entry " + entry.seq() + " was altered or is out of place: its seal does not match");
			return;
		}
		previousSeal = entry.seal();
		expectedSeq++;
	}

	private void fail(long seq, String why) {
		brokenAt = seq;
		problem = why;
	}

	AuditVerification result() {
		return new AuditVerification(entries, brokenAt, problem);
	}

	/** The sequence number of the last entry that fits the chain (0 when there is none). */
	long lastSeq() {
		return expectedSeq - 1;
	}

	/** The seal of that entry. */
	String lastSeal() {
		return previousSeal;
	}
}
