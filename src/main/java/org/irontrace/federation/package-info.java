/**
 * Federation between IronTrace installations: each installation's identity (a name and an Ed25519
 * key pair), its peers, signed messages between them, the exchange of what an agency grants an agency
 * of another installation (redacted by the owner, stored apart and read-only by the grantee, deleted
 * when the agreement ends), and the reads of foreign personal data reported back to their owner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation",
		allowedDependencies = { "access", "catalog", "network", "platform", "recovery", "trace" })
package org.irontrace.federation;
