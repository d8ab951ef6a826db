package org.irontrace.federation;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.function.Function;

import org.irontrace.access.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a message another installation sent this one: the sender is a peer not suspended, the
 * signature is its key's over the exact bytes received, the timestamp within the window, the nonce
 * never seen. Each refusal is written to the audit trail (action {@code PEER_MESSAGE_REFUSED}) under
 * the operators' agency, with the sender as it claimed to be and the reason.
 */
@Component
public class SignedRequests {

	private static final String OPERATORS = "IRONTRACE";

	private final Peers peers;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Installation self;

	private final Duration window;

	SignedRequests(Peers peers, JdbcClient jdbc, AuditTrail audit, Installation self,
			@Value("${irontrace.federation.message-window:PT5M}") Duration window) {
		this.peers = peers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.self = self;
		this.window = window;
	}

	/** The peer that sent this request; refused (and audited) otherwise. */
	public Peer verify(String method, String path, byte[] body, Function<String, String> headers) {
		String sender = headers.apply(SignedMessage.SENDER);
		String timestamp = headers.apply(SignedMessage.TIMESTAMP);
		String nonce = headers.apply(SignedMessage.NONCE);
		String signature = headers.apply(SignedMessage.SIGNATURE);
		String claimed = sender == null ? "unknown" : sender;
		if (sender == null || timestamp == null || nonce == null || signature == null || nonce.length() > 100) {
			throw refused(claimed, path, "unsigned message");
		}
		Peer peer = peers.findPeer(sender).orElseThrow(() -> refused(claimed, path, "unknown sender"));
		if (peer.suspended()) {
			throw refused(claimed, path, "peer suspended");
		}
		if (!within(timestamp)) {
			throw refused(claimed, path, "timestamp outside the window of " + window.toMinutes() + " minutes");
		}
		if (!signedBy(Installation.publicKeyOf(peer.publicKey()),
				new SignedMessage(sender, timestamp, nonce, method, path, body), signature)) {
			throw refused(claimed, path, "bad signature");
		}
		jdbc.sql("DELETE FROM federation_nonce WHERE seen_at < now() - CAST(? AS interval)")
			.param(window.multipliedBy(2).toSeconds() + " seconds")
			.update();
		int fresh = jdbc.sql("INSERT INTO federation_nonce (sender, nonce) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(sender, nonce)
			.update();
		if (fresh == 0) {
			throw refused(claimed, path, "replayed message (nonce already seen)");
		}
		return peer;
	}

	/** Whether an answer to our request (same nonce) was signed by the peer we asked. */
	boolean answerSignedBy(Peer peer, String path, String nonce, byte[] body, Function<String, String> headers) {
		String timestamp = headers.apply(SignedMessage.TIMESTAMP);
		String signature = headers.apply(SignedMessage.SIGNATURE);
		return peer.name().equals(headers.apply(SignedMessage.SENDER)) && timestamp != null && within(timestamp)
				&& signedBy(Installation.publicKeyOf(peer.publicKey()),
						new SignedMessage(peer.name(), timestamp, nonce, SignedMessage.ANSWER, path, body), signature);
	}

	/** The headers of a message (or, with method ANSWER, an answer) this installation sends. */
	public java.util.Map<String, String> sign(String method, String path, String nonce, byte[] body) {
		String timestamp = Instant.now().toString();
		byte[] signature = self.sign(new SignedMessage(self.name(), timestamp, nonce, method, path, body).canonicalBytes());
		return java.util.Map.of(SignedMessage.SENDER, self.name(), SignedMessage.TIMESTAMP, timestamp,
				SignedMessage.NONCE, nonce, SignedMessage.SIGNATURE, Base64.getEncoder().encodeToString(signature));
	}

	private boolean within(String timestamp) {
		try {
			Duration age = Duration.between(Instant.parse(timestamp), Instant.now()).abs();
			return age.compareTo(window) <= 0;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static boolean signedBy(PublicKey key, SignedMessage message, String signature) {
		try {
			return key != null && Installation.verify(key, message.canonicalBytes(), Base64.getDecoder().decode(signature));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private PeerRefusedException refused(String sender, String path, String reason) {
		audit.record("peer:" + sender, OPERATORS, "PEER_MESSAGE_REFUSED", path, reason);
		return new PeerRefusedException(reason);
	}
}
