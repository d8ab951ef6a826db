package org.irontrace.federation;

import java.time.Instant;

/**
 * Another installation this one exchanges with, and how its last exchange went.
 *
 * @param lastError what went wrong at the last attempt, null when it succeeded
 */
public record Peer(String name, String url, String publicKey, boolean suspended, Instant addedAt,
		Instant lastExchangeAt, Long lastReceived, Long lastRemoved, Long lastSent, String lastError,
		Instant lastErrorAt) {
}
