package org.irontrace.federation.web;

import java.time.Duration;
import java.time.Instant;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScopes;
import org.irontrace.federation.Installation;
import org.irontrace.federation.Peer;
import org.irontrace.federation.Peers;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rotating signing keys without losing what was shared: this installation makes a new key (the old
 * one signs beside it for a grace, while the peers' operators take the new public key), and an
 * operator replaces a peer's key when that peer rotated (its old key trusted for a grace they set).
 * Only the installation's operators (ADMIN of IRONTRACE): a key is trusted by the whole installation.
 */
@RestController
class KeyRotationController {

	/** How long an old key stays trusted when the operator does not say: one week. */
	private static final long DEFAULT_MINUTES = 7 * 24 * 60;

	private final Installation self;

	private final Peers peers;

	private final Callers callers;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	KeyRotationController(Installation self, Peers peers, Callers callers, SharingScopes scopes, AuditTrail audit) {
		this.self = self;
		this.peers = peers;
		this.callers = callers;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * Who may call: ADMIN of the installation's operators. Makes a new signing key pair and answers
	 * {@code {"name", "publicKey", "previousKeySignsUntil"}}; give the new key to the peers' operators.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/api/v1/federation/self/rotate-key")
	@Transactional
	Rotated rotate(@RequestBody(required = false) Grace grace) {
		Caller caller = operator();
		Duration oldKeySigns = grace(grace);
		Instant until = self.rotateKey(oldKeySigns);
		audit.record(caller, "INSTALLATION_KEY_ROTATED", "installation:" + self.name(),
				"previous key signs beside the new one until " + until);
		return new Rotated(self.name(), self.publicKeyText(), until);
	}

	/**
	 * Who may call: ADMIN of the installation's operators. The peer rotated its key: {@code {"publicKey",
	 * "oldKeyValidMinutes"}} (default a week; 0 refuses the old key at once); what it shared stays.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/api/v1/federation/peers/{name}/key")
	Peer replace(@PathVariable String name, @RequestBody NewKey key) {
		return peers.replaceKey(operator(), name, key.publicKey(), grace(new Grace(key.oldKeyValidMinutes())));
	}

	private static Duration grace(Grace grace) {
		Long minutes = grace == null ? null : grace.oldKeyValidMinutes();
		if (minutes != null && (minutes < 0 || minutes > 43_200)) {
			throw new BadRequestException("oldKeyValidMinutes: from 0 to 43200 (30 days)");
		}
		return Duration.ofMinutes(minutes == null ? DEFAULT_MINUTES : minutes);
	}

	private Caller operator() {
		Caller caller = callers.current();
		if (!scopes.isOperator(caller) || !caller.has(Role.ADMIN)) {
			throw new ForbiddenException("Only the installation's operators manage its keys and its peers' keys");
		}
		return caller;
	}

	record Grace(Long oldKeyValidMinutes) {
	}

	record NewKey(String publicKey, Long oldKeyValidMinutes) {
	}

	record Rotated(String name, String publicKey, Instant previousKeySignsUntil) {
	}
}
