package org.irontrace.federation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Sends a signed message to a peer and checks that the answer is signed by that peer for that
 * message. TLS is the address's business ({@code https://} in production); the signatures hold
 * on loopback as well.
 */
@Component
class PeerClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final SignedRequests signatures;

	PeerClient(SignedRequests signatures) {
		this.signatures = signatures;
	}

	/** The peer's signed answer body; fails with the reason when the peer is down, refuses or answers unsigned. */
	byte[] post(Peer peer, String path, byte[] body) {
		return post(peer, path, body, Duration.ofMinutes(2));
	}

	/** The same, waiting at most {@code patience} for the answer. */
	byte[] post(Peer peer, String path, byte[] body, Duration patience) {
		String nonce = UUID.randomUUID().toString();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(peer.url() + path))
			.timeout(patience)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		signatures.sign("POST", path, nonce, body).forEach(request::header);
		HttpResponse<byte[]> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new PeerUnreachableException(peer.name() + " unreachable at " + peer.url() + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PeerUnreachableException("interrupted while calling " + peer.name());
		}
		if (response.statusCode() != 200) {
			throw new PeerUnreachableException(peer.name() + " answered " + response.statusCode() + ": "
					+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
		}
		if (!signatures.answerSignedBy(peer, path, nonce, response.body(),
				name -> response.headers().firstValue(name).orElse(null))) {
			throw new PeerUnreachableException(peer.name() + "'s answer is not signed by its key: ignored");
		}
		return response.body();
	}

	/** A peer that could not be reached or whose answer could not be trusted; retried at the next exchange. */
	static class PeerUnreachableException extends RuntimeException {

		PeerUnreachableException(String message) {
			super(message);
		}
	}
}
