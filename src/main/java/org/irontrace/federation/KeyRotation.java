package org.irontrace.federation;

import java.time.Duration;
import java.time.Instant;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.platform.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotating signing keys without losing what was shared, the same from the HTTP calls and the command
 * line: this installation makes a new key pair (the old one signs beside it for a grace, while the
 * peers' operators take the new public key), and an operator takes a peer's new key (its old key
 * trusted for the grace they give). Each is audited under the operator who did it.
 */
@Service
public class KeyRotation {

	/** How long an old key stays trusted when the operator does not say: one week. */
	public static final long DEFAULT_MINUTES = 7 * 24 * 60;

	/** The longest grace an operator may give an old key: 30 days. */
	public static final long MOST_MINUTES = 43_200;

	private final Installation self;

	private final Peers peers;

	private final AuditTrail audit;

	KeyRotation(Installation self, Peers peers, AuditTrail audit) {
		this.self = self;
		this.peers = peers;
		this.audit = audit;
	}

	/** A new signing key pair for this installation; the old one signs beside it for the grace. */
	@Transactional
	public Rotated rotateOwnKey(Caller operator, Long oldKeyValidMinutes) {
		Instant until = self.rotateKey(grace(oldKeyValidMinutes));
		audit.record(operator, "INSTALLATION_KEY_ROTATED", "installation:" + self.name(),
				"previous key signs beside the new one until " + until);
		return new Rotated(self.name(), self.publicKeyText(), until);
	}

	/** The peer rotated its key: its new public key, its old one still trusted for the grace (0: none). */
	public Peer replacePeerKey(Caller operator, String peer, String publicKey, Long oldKeyValidMinutes) {
		return peers.replaceKey(operator, peer, publicKey, grace(oldKeyValidMinutes));
	}

	private static Duration grace(Long minutes) {
		if (minutes != null && (minutes < 0 || minutes > MOST_MINUTES)) {
			throw new BadRequestException("oldKeyValidMinutes: from 0 to " + MOST_MINUTES + " (30 days), not " + minutes);
		}
		return Duration.ofMinutes(minutes == null ? DEFAULT_MINUTES : minutes);
	}

	/** This installation's name, its new public key, and when its old key stops signing. */
	public record Rotated(String name, String publicKey, Instant previousKeySignsUntil) {
	}
}
