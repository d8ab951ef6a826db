package org.irontrace.federation;

import java.time.Instant;

/**
 * Another installation this one exchanges with, and how its last exchange went.
 *
 * @param lastError what went wrong at the last attempt, null when it succeeded
 * @param previousPublicKey the key the peer signed with before it rotated, still trusted until
 *        {@code previousKeyUntil}; null when its key was never replaced
 */
public record Peer(String name, String url, String publicKey, boolean suspended, Instant addedAt,
		Instant lastExchangeAt, Long lastReceived, Long lastRemoved, Long lastSent, String lastError,
		Instant lastErrorAt, String previousPublicKey, Instant previousKeyUntil, Instant keyReplacedAt) {

	/** The keys that verify this peer's messages now: its key, and the previous one during its grace. */
	java.util.List<String> trustedKeys() {
		return previousPublicKey != null && previousKeyUntil != null && Instant.now().isBefore(previousKeyUntil)
				? java.util.List.of(publicKey, previousPublicKey) : java.util.List.of(publicKey);
	}
}
