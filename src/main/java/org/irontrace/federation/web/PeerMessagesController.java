package org.irontrace.federation.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What installations call on each other. {@code /self} is public; the others need no login but a
 * message signed by a registered peer, checked before anything else is read.
 */
@RestController
class PeerMessagesController {

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
	ResponseEntity<byte[]> exchange(@RequestBody(required = false) byte[] body, HttpServletRequest http) {
		return signed(granting.answerExchange(body == null ? new byte[0] : body, http::getHeader));
	}

	/**
	 * Who may call: a peer installation, by a signed message. The owner says an agreement was revoked:
	 * what was held under it is deleted here at once, before the next exchange.
	 */
	@PreAuthorize("permitAll()")
	@PostMapping(path = "/api/v1/federation/revocations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> revocation(@RequestBody(required = false) byte[] body, HttpServletRequest http) {
		return signed(revocations.receive(body == null ? new byte[0] : body, http::getHeader));
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
