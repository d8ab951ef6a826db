package org.irontrace.federation.web;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScopes;
import org.irontrace.federation.KeyRotation;
import org.irontrace.federation.Peer;
import org.irontrace.platform.ForbiddenException;
import org.springframework.security.access.prepost.PreAuthorize;
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

	private final KeyRotation rotation;

	private final Callers callers;

	private final SharingScopes scopes;

	KeyRotationController(KeyRotation rotation, Callers callers, SharingScopes scopes) {
		this.rotation = rotation;
		this.callers = callers;
		this.scopes = scopes;
	}

	/**
	 * Who may call: ADMIN of the installation's operators. Makes a new signing key pair and answers
	 * {@code {"name", "publicKey", "previousKeySignsUntil"}}; give the new key to the peers' operators.
	 * The command line's {@code irontrace federation rotate-key} does the same.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/api/v1/federation/self/rotate-key")
	KeyRotation.Rotated rotate(@RequestBody(required = false) Grace grace) {
		return rotation.rotateOwnKey(operator(), grace == null ? null : grace.oldKeyValidMinutes());
	}

	/**
	 * Who may call: ADMIN of the installation's operators. The peer rotated its key: {@code {"publicKey",
	 * "oldKeyValidMinutes"}} (default a week; 0 refuses the old key at once); what it shared stays. The
	 * command line's {@code irontrace federation peer-key} does the same.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/api/v1/federation/peers/{name}/key")
	Peer replace(@PathVariable String name, @RequestBody NewKey key) {
		return rotation.replacePeerKey(operator(), name, key.publicKey(), key.oldKeyValidMinutes());
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
}
