package org.irontrace.federation;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.RemoteInstallations;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ConflictException;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installations this one exchanges with, added by its operators with the address and public key
 * their operators gave out of band. A suspended peer is neither called nor answered; removing one
 * deletes what it had shared here.
 */
@Service
public class Peers implements RemoteInstallations {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Installation self;

	private final ForeignStore held;

	Peers(JdbcClient jdbc, AuditTrail audit, Installation self, ForeignStore held) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.self = self;
		this.held = held;
	}

	@Transactional
	public Peer addPeer(Caller caller, String name, String url, String publicKey) {
		if (name == null || !name.matches("[A-Za-z0-9._-]{1,63}")) {
			throw new BadRequestException("name: letters, digits, '.', '_' or '-', at most 63");
		}
		if (name.equals(self.name())) {
			throw new BadRequestException("name: " + name + " is this installation");
		}
		if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || !validUri(url)) {
			throw new BadRequestException("url: an http(s) address, such as https://irontrace.example.org");
		}
		if (publicKey == null || Installation.publicKeyOf(publicKey) == null) {
			throw new BadRequestException("publicKey: not an Ed25519 public key (base64 or PEM, as /api/v1/federation/self gives it)");
		}
		if (findPeer(name).isPresent()) {
			throw new ConflictException("peer " + name + " already exists: remove it first to change its address or key");
		}
		jdbc.sql("INSERT INTO federation_peer (name, url, public_key, added_by) VALUES (?, ?, ?, ?)")
			.params(name, url.replaceAll("/+$", ""), publicKey.trim(), caller.username())
			.update();
		audit.record(caller, "PEER_ADDED", "peer:" + name, null);
		return getPeer(name);
	}

	/**
	 * The peer rotated its key and its operators gave the new one: it replaces the key held here, and
	 * the old one still verifies the peer's messages for {@code oldKeyValidFor} (zero: not at all).
	 * Given the key already held, only the old key's grace is set again (an operator ending it early).
	 * Nothing the peer shared is touched.
	 */
	@Transactional
	public Peer replaceKey(Caller caller, String name, String publicKey, java.time.Duration oldKeyValidFor) {
		Peer peer = getPeer(name);
		if (publicKey == null || Installation.publicKeyOf(publicKey) == null) {
			throw new BadRequestException("publicKey: not an Ed25519 public key (base64 or PEM, as /api/v1/federation/self gives it)");
		}
		boolean same = Installation.publicKeyOf(publicKey).equals(Installation.publicKeyOf(peer.publicKey()));
		jdbc.sql("""
				UPDATE federation_peer SET previous_public_key = CASE WHEN :same THEN previous_public_key ELSE public_key END,
				       public_key = :key, previous_key_until = now() + CAST(:grace AS interval), key_replaced_at = now()
				WHERE name = :name
				""")
			.param("same", same)
			.param("key", same ? peer.publicKey() : publicKey.trim())
			.param("grace", oldKeyValidFor.toSeconds() + " seconds")
			.param("name", name)
			.update();
		audit.record(caller, "PEER_KEY_REPLACED", "peer:" + name,
				(same ? "grace of the old key set to " : "old key still trusted for ") + oldKeyValidFor.toMinutes() + " minutes");
		return getPeer(name);
	}

	@Transactional
	public void removePeer(Caller caller, String name) {
		getPeer(name);
		jdbc.sql("DELETE FROM federation_read_report WHERE installation = ?").param(name).update();
		jdbc.sql("DELETE FROM federation_peer WHERE name = ?").param(name).update();
		audit.record(caller, "PEER_REMOVED", "peer:" + name, null);
	}

	@Transactional
	public Peer suspendPeer(Caller caller, String name, boolean suspended) {
		getPeer(name);
		jdbc.sql("UPDATE federation_peer SET suspended = ? WHERE name = ?").params(suspended, name).update();
		audit.record(caller, suspended ? "PEER_SUSPENDED" : "PEER_RESUMED", "peer:" + name, null);
		return getPeer(name);
	}

	public List<Peer> listPeers() {
		return jdbc.sql("SELECT * FROM federation_peer ORDER BY name").query(Peers::read).list();
	}

	public Optional<Peer> findPeer(String name) {
		return jdbc.sql("SELECT * FROM federation_peer WHERE name = ?").param(name).query(Peers::read).optional();
	}

	public Peer getPeer(String name) {
		return findPeer(name).orElseThrow(() -> new NotFoundException("No peer " + name));
	}

	/** The agreements this peer's agencies grant agencies of this installation, with the records held under each. */
	public List<HeldAgreement> listHeldAgreements(String name) {
		getPeer(name);
		return held.listHeld(name);
	}

	@Override
	public boolean isPeer(String installation) {
		return findPeer(installation).isPresent();
	}

	void recordExchange(String name, ExchangeOutcome outcome) {
		jdbc.sql("""
				UPDATE federation_peer SET last_exchange_at = now(), last_received = ?, last_removed = ?, last_sent = ?,
				       last_error = NULL, last_error_at = NULL
				WHERE name = ?
				""").params(outcome.received(), outcome.removed(), outcome.sent(), name).update();
	}

	void recordError(String name, String error) {
		jdbc.sql("UPDATE federation_peer SET last_error = ?, last_error_at = now() WHERE name = ?")
			.params(error.length() > 500 ? error.substring(0, 500) : error, name)
			.update();
	}

	private static boolean validUri(String url) {
		try {
			return URI.create(url).getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static Long number(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Peer read(ResultSet rs, int row) throws SQLException {
		return new Peer(rs.getString("name"), rs.getString("url"), rs.getString("public_key"), rs.getBoolean("suspended"),
				instant(rs, "added_at"), instant(rs, "last_exchange_at"), number(rs, "last_received"),
				number(rs, "last_removed"), number(rs, "last_sent"), rs.getString("last_error"),
				instant(rs, "last_error_at"), rs.getString("previous_public_key"), instant(rs, "previous_key_until"),
				instant(rs, "key_replaced_at"));
	}
}
