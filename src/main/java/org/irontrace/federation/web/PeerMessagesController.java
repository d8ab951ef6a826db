package org.irontrace.federation.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.federation.GrantingSide;
import org.irontrace.federation.Installation;
import org.irontrace.federation.PeerRefusedException;
import org.irontrace.federation.RevocationNotices;
import org.irontrace.platform.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What installations call on each other. {@code /self} is public; the others need no login but a
 * message signed by a registered peer, checked before anything else is read.
 */
@RestController
class PeerMessagesController {

	static final int MAX_BODY = 1024 * 1024;

	private final Installation self;

	private final GrantingSide granting;

	private final RevocationNotices revocations;

	PeerMessagesController(Installation self, GrantingSide granting, RevocationNotices revocations) {
		this.self = self;
		this.granting = granting;
		this.revocations = revocations;
	}

	/** Who may call: anyone (the name and public key are what operators exchange out of band). */
	@PreAuthorize("permitAll()")
	@GetMapping("/api/v1/federation/self")
	Map<String, String> self() {
		return Map.of("name", self.name(), "publicKey", self.publicKeyText());
	}

	/** Who may call: a peer installation, by a signed message (refused with 401 and audited otherwise). */
	@PreAuthorize("permitAll()")
	@PostMapping(path = "/api/v1/federation/exchange", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> exchange(HttpServletRequest http) throws IOException {
		return signed(granting.answerExchange(bounded(http), http::getHeader));
	}

	/**
	 * Who may call: a peer installation, by a signed message. The owner says an agreement was revoked:
	 * what was held under it is deleted here at once, before the next exchange.
	 */
	@PreAuthorize("permitAll()")
	@PostMapping(path = "/api/v1/federation/revocations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> revocation(HttpServletRequest http) throws IOException {
		return signed(revocations.receive(bounded(http), http::getHeader));
	}

	/**
	 * The body as received, read before anyone is known to have sent it, so bounded: a request asks
	 * with cursors and at most 1,000 read reports, far below {@value #MAX_BODY} bytes.
	 */
	private static byte[] bounded(HttpServletRequest http) throws IOException {
		if (http.getContentLengthLong() > MAX_BODY) {
			throw new BodyTooLargeException();
		}
		byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw new BodyTooLargeException();
		}
		return body;
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<ApiError> tooLarge() {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(ApiError.of("too_large", "A message between installations is at most " + MAX_BODY + " bytes"));
	}

	private static final class BodyTooLargeException extends RuntimeException {
	}

	/** The answer's body exactly as signed, with the headers that sign it. */
	private static ResponseEntity<byte[]> signed(GrantingSide.SignedAnswer answer) {
		HttpHeaders headers = new HttpHeaders();
		answer.headers().forEach(headers::set);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new ResponseEntity<>(answer.body(), headers, HttpStatus.OK);
	}

	@ExceptionHandler(PeerRefusedException.class)
	ResponseEntity<ApiError> refused(PeerRefusedException e) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of("unauthorized", e.getMessage()));
	}
}
