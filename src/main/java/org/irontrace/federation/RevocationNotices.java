package org.irontrace.federation;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.irontrace.access.AgreementRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells a peer at once that an agreement granting one of its agencies was revoked, so that it stops
 * showing what it held under it before the next exchange. If the peer cannot be told now, the next
 * exchange deletes it anyway (the agreement is no longer listed as in force).
 */
@Service
public class RevocationNotices {

	static final String PATH = "/api/v1/federation/revocations";

	private static final Logger log = LoggerFactory.getLogger(RevocationNotices.class);

	private final Peers peers;

	private final PeerClient client;

	private final SignedRequests signatures;

	private final ForeignStore store;

	private final ObjectMapper json;

	RevocationNotices(Peers peers, PeerClient client, SignedRequests signatures, ForeignStore store, ObjectMapper json) {
		this.peers = peers;
		this.client = client;
		this.signatures = signatures;
		this.store = store;
		this.json = json;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void tellGrantee(AgreementRevoked revoked) {
		int colon = revoked.grantee().indexOf(':');
		if (colon <= 0) {
			return;
		}
		peers.findPeer(revoked.grantee().substring(0, colon)).filter(peer -> !peer.suspended()).ifPresent(peer -> {
			try {
				// The revoking administrator waits for this, so briefly: the next exchange removes them anyway.
				client.post(peer, PATH, json.writeValueAsBytes(Map.of("agreementId", revoked.agreementId().toString())),
						java.time.Duration.ofSeconds(10));
			}
			catch (RuntimeException e) {
				log.warn("{} could not be told of a revocation now; its next exchange removes the records: {}",
						peer.name(), e.getMessage());
			}
		});
	}

	/** At the grantee: deletes what was held under the revoked agreement; answers how many records. */
	public GrantingSide.SignedAnswer receive(byte[] body, Function<String, String> headers) {
		Peer owner = signatures.verify("POST", PATH, body, headers);
		UUID agreement;
		try {
			agreement = UUID.fromString(String.valueOf(json.readValue(body, Map.class).get("agreementId")));
		}
		catch (RuntimeException e) {
			throw new org.irontrace.platform.BadRequestException("agreementId: not an agreement id");
		}
		int removed = store.forget(owner.name(), agreement);
		byte[] answer = json.writeValueAsBytes(Map.of("removed", removed));
		return new GrantingSide.SignedAnswer(answer,
				signatures.sign(SignedMessage.ANSWER, PATH, headers.apply(SignedMessage.NONCE), answer));
	}
}
