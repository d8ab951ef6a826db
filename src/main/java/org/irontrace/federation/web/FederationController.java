package org.irontrace.federation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.access.AuditEntry;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingAgreements;
import org.irontrace.access.SharingScopes;
import org.irontrace.federation.ExchangeOutcome;
import org.irontrace.federation.ForeignRecords;
import org.irontrace.federation.Peer;
import org.irontrace.federation.PeerExchange;
import org.irontrace.federation.Peers;
import org.irontrace.federation.RegionalFigures;
import org.irontrace.federation.RemoteReads;
import org.irontrace.platform.ApiError;
import org.irontrace.platform.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' side of federation: peers, their agreements and exchanges (ADMIN of the
 * installation's operators only: a peer is trusted by the whole installation), and the remote
 * reads of an agency's records (its AUDITOR or ADMIN, or the operators).
 */
@RestController
@RequestMapping("/api/v1/federation")
class FederationController {

	private final Peers peers;

	private final PeerExchange exchange;

	private final RemoteReads remoteReads;

	private final SharingAgreements agreements;

	private final Callers callers;

	private final SharingScopes scopes;

	private final ForeignRecords foreignRecords;

	private final RegionalFigures regionalFigures;

	FederationController(Peers peers, PeerExchange exchange, RemoteReads remoteReads, SharingAgreements agreements,
			Callers callers, SharingScopes scopes, ForeignRecords foreignRecords, RegionalFigures regionalFigures) {
		this.regionalFigures = regionalFigures;
		this.foreignRecords = foreignRecords;
		this.peers = peers;
		this.exchange = exchange;
		this.remoteReads = remoteReads;
		this.agreements = agreements;
		this.callers = callers;
		this.scopes = scopes;
	}

	/** Who may call: ADMIN of the installation's operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/peers")
	@ResponseStatus(HttpStatus.CREATED)
	Peer add(@RequestBody NewPeer request) {
		Caller caller = operator();
		return peers.addPeer(caller, request.name(), request.url(), request.publicKey());
	}

	/** Who may call: ADMIN of the installation's operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/peers")
	List<Peer> list() {
		operator();
		return peers.listPeers();
	}

	/** Who may call: ADMIN of the installation's operators. The peer, what it grants here, what is granted to it. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/peers/{name}")
	Map<String, Object> peer(@PathVariable String name) {
		operator();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("peer", peers.getPeer(name));
		answer.put("grantedHere", peers.listHeldAgreements(name));
		answer.put("grantedToPeer", agreements.listGrantsToInstallation(name));
		return answer;
	}

	/** Who may call: ADMIN of the installation's operators. Deletes what the peer had shared here. */
	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/peers/{name}")
	ResponseEntity<Void> remove(@PathVariable String name) {
		peers.removePeer(operator(), name);
		return ResponseEntity.noContent().build();
	}

	/** Who may call: ADMIN of the installation's operators. A suspended peer is neither called nor answered. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/peers/{name}/suspend")
	Peer suspend(@PathVariable String name) {
		return peers.suspendPeer(operator(), name, true);
	}

	/** Who may call: ADMIN of the installation's operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/peers/{name}/resume")
	Peer resume(@PathVariable String name) {
		return peers.suspendPeer(operator(), name, false);
	}

	/** Who may call: ADMIN of the installation's operators. Answers {@code {"received", "removed", "sent", "retraced"}}. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/peers/{name}/exchange")
	ExchangeOutcome exchangeNow(@PathVariable String name) {
		operator();
		return exchange.exchangeWith(name);
	}

	/**
	 * Who may call: AUDITOR or ADMIN, for their own agency (the operators for any). The reads of the
	 * agency's records with personal data made at other installations, newest first.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@GetMapping("/remote-reads")
	List<AuditEntry> remoteReads(@RequestParam String agency, @RequestParam(defaultValue = "100") int limit) {
		Caller caller = callers.current();
		if (!caller.agency().equals(agency) && !scopes.isOperator(caller)) {
			throw new ForbiddenException("Only the agency's own auditors read who read its records elsewhere");
		}
		return remoteReads.listRemoteReads(agency, Math.min(Math.max(limit, 1), 1000));
	}

	/**
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. The counts another installation's agency
	 * grants the caller's agency (AGGREGATES_ONLY), e.g. {@code agency=jm:JM-JCF}.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/aggregates")
	List<ForeignRecords.ForeignCount> aggregates(@RequestParam String agency) {
		return foreignRecords.listForeignCounts(callers.current(), agency);
	}

	/**
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. The regional view from national
	 * servers: what peer agencies grant the caller's agency, pooled per source, country, month and
	 * status, with the total per source and overall, and the dashboard's figures pooled from the
	 * granted records ({@code pooled}: traces, US-sourced share, source states, time-to-crime); every
	 * figure names its sources.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/regional")
	Map<String, Object> regional() {
		List<ForeignRecords.SourcedCount> rows = foreignRecords.listRegionalCounts(callers.current());
		Map<String, Long> perSource = new java.util.TreeMap<>();
		rows.forEach(row -> perSource.merge(row.source(), row.recoveries(), Long::sum));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("recovered", perSource.values().stream().mapToLong(Long::longValue).sum());
		answer.put("sources", perSource);
		answer.put("rows", rows);
		answer.put("pooled", regionalFigures.pooledFor(callers.current()));
		return answer;
	}

	/**
	 * Who may call: ANALYST, INVESTIGATOR, SUPERVISOR, ADMIN. The records other installations' agencies
	 * grant the caller's agency with this serial (normalised as FORMATS says), each under its written
	 * agency {@code NAME:AGENCY}; personal fields null below FULL, reads of them reported to the owner.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'INVESTIGATOR', 'SUPERVISOR', 'ADMIN')")
	@GetMapping("/search")
	List<ForeignHit> search(@RequestParam String serial, jakarta.servlet.http.HttpServletRequest http) {
		return foreignRecords.findBySerial(callers.current(), serial, http.getHeader("X-Purpose"))
			.stream()
			.map(ForeignHit::of)
			.toList();
	}

	/**
	 * A foreign record found, with FORMATS.md's recovery columns in camel case, and the first retail
	 * purchaser of its owner's trace (trace_results.csv's columns) when a person was looked for in a
	 * record granted at FULL; null otherwise.
	 */
	record ForeignHit(String agency, String recoveryId, java.time.LocalDate recoveryDate, String country, String city,
			String crimeCode, String serialNumber, String manufacturer, String model, String caliber, String firearmType,
			String possessorFirstName, String possessorLastName, java.time.LocalDate possessorDob,
			String purchaserFirstName, String purchaserLastName, java.time.LocalDate purchaserDob, String purchaserState) {

		static ForeignHit of(org.irontrace.recovery.Recovery r) {
			return of(new org.irontrace.federation.ForeignEvidence(r, null));
		}

		static ForeignHit of(org.irontrace.federation.ForeignEvidence found) {
			org.irontrace.recovery.Recovery r = found.recovery();
			org.irontrace.trace.TraceResult.Purchaser p = found.purchaser();
			return new ForeignHit(r.agency(), r.recoveryId(), r.recoveryDate(), r.country(), r.city(), r.crimeCode(),
					r.firearm().serialNumber(), r.firearm().manufacturer(), r.firearm().model(), r.firearm().caliber(),
					r.firearm().firearmType(), r.possessor().firstName(), r.possessor().lastName(), r.possessor().dob(),
					p == null ? null : p.firstName(), p == null ? null : p.lastName(), p == null ? null : p.dob(),
					p == null ? null : p.state());
		}
	}

	@ExceptionHandler(PeerExchange.ExchangeFailedException.class)
	ResponseEntity<ApiError> failed(PeerExchange.ExchangeFailedException e) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(ApiError.of("peer_unavailable", e.getMessage()));
	}

	private Caller operator() {
		Caller caller = callers.current();
		if (!scopes.isOperator(caller) || !caller.has(Role.ADMIN)) {
			throw new ForbiddenException("Only the installation's operators manage its peers");
		}
		return caller;
	}

	record NewPeer(String name, String url, String publicKey) {
	}
}
