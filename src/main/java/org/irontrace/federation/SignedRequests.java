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
 * Checks a message another installation sent this one: the sender is a peer not suspended, a
 * signature is by a key it is trusted with (its key, or the key it replaced during the grace the
 * operators gave) over the exact bytes received, the timestamp within the window, the nonce
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
		if (!signedBy(peer, new SignedMessage(sender, timestamp, nonce, method, path, body), signature,
				headers.apply(SignedMessage.PREVIOUS_SIGNATURE))) {
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
				&& signedBy(peer, new SignedMessage(peer.name(), timestamp, nonce, SignedMessage.ANSWER, path, body), signature,
						headers.apply(SignedMessage.PREVIOUS_SIGNATURE));
	}

	/** The headers of a message (or, with method ANSWER, an answer) this installation sends. */
	public java.util.Map<String, String> sign(String method, String path, String nonce, byte[] body) {
		String timestamp = Instant.now().toString();
		byte[] content = new SignedMessage(self.name(), timestamp, nonce, method, path, body).canonicalBytes();
		java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
		headers.put(SignedMessage.SENDER, self.name());
		headers.put(SignedMessage.TIMESTAMP, timestamp);
		headers.put(SignedMessage.NONCE, nonce);
		headers.put(SignedMessage.SIGNATURE, Base64.getEncoder().encodeToString(self.sign(content)));
		byte[] byPrevious = self.signWithPrevious(content);
		if (byPrevious != null) {
			headers.put(SignedMessage.PREVIOUS_SIGNATURE, Base64.getEncoder().encodeToString(byPrevious));
		}
		return headers;
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

	/**
	 * Whether a key the peer is trusted with now (its key, or the previous one during its grace)
	 * made either signature: the sender's current key, or its previous one while the sender's own
	 * grace after a rotation lasts (its peers may not have taken the new key yet).
	 */
	private static boolean signedBy(Peer peer, SignedMessage message, String signature, String previousSignature) {
		byte[] content = message.canonicalBytes();
		for (String text : peer.trustedKeys()) {
			PublicKey key = Installation.publicKeyOf(text);
			if (key != null && (verifies(key, content, signature) || verifies(key, content, previousSignature))) {
				return true;
			}
		}
		return false;
	}

	private static boolean verifies(PublicKey key, byte[] content, String signature) {
		try {
			return signature != null && Installation.verify(key, content, Base64.getDecoder().decode(signature));
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
