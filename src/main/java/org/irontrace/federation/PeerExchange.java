package org.irontrace.federation;

import java.util.List;

import org.irontrace.federation.ExchangeMessages.Answer;
import org.irontrace.federation.ExchangeMessages.ReadReport;
import org.irontrace.federation.ExchangeMessages.Request;
import org.irontrace.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The asking side of an exchange: pulls from a peer, page by page, what it grants this
 * installation's agencies since each agreement's cursor, stores each page with its cursors in one
 * transaction with the peer's re-traces of records already held, deletes what was held under
 * agreements no longer in force, and delivers the reads of the peer's records made here. A peer
 * that is down leaves its error on the peer and the cursors where they were: the next exchange (now
 * or scheduled) resumes from there, nothing lost or doubled.
 */
@Service
public class PeerExchange {

	private static final Logger log = LoggerFactory.getLogger(PeerExchange.class);

	private static final int READS_PER_MESSAGE = 1000;

	private final Peers peers;

	private final PeerClient client;

	private final ForeignStore store;

	private final RemoteReads reads;

	private final ObjectMapper json;

	private final int pageSize;

	private final java.util.Map<String, Object> running = new java.util.concurrent.ConcurrentHashMap<>();

	PeerExchange(Peers peers, PeerClient client, ForeignStore store, RemoteReads reads, ObjectMapper json,
			@Value("${irontrace.federation.page-size:2000}") int pageSize) {
		this.peers = peers;
		this.client = client;
		this.store = store;
		this.reads = reads;
		this.json = json;
		this.pageSize = pageSize;
	}

	/** Exchanges with one peer now; the error (also kept on the peer) is thrown when it fails. */
	public ExchangeOutcome exchangeWith(String name) {
		Peer peer = peers.getPeer(name);
		if (peer.suspended()) {
			throw new ConflictException("peer " + name + " is suspended");
		}
		// One exchange with a peer at a time (the schedule and an operator may ask at once): a second
		// would only pull the same pages again, and could move the cursors back.
		synchronized (running.computeIfAbsent(name, key -> new Object())) {
			return exchangeNow(peer);
		}
	}

	private ExchangeOutcome exchangeNow(Peer peer) {
		String name = peer.name();
		try {
			ExchangeOutcome outcome = pull(peer);
			peers.recordExchange(name, outcome);
			return outcome;
		}
		catch (RuntimeException e) {
			peers.recordError(name, e.getMessage() == null ? e.toString() : e.getMessage());
			throw e instanceof PeerClient.PeerUnreachableException unreachable
					? new ExchangeFailedException(unreachable.getMessage()) : e;
		}
	}

	private ExchangeOutcome pull(Peer peer) {
		long received = 0;
		long removed = 0;
		long sent = 0;
		long retraced = 0;
		boolean more = true;
		java.util.Set<String> pulledAgain = new java.util.HashSet<>();
		while (more) {
			List<ReadReport> pending = reads.listPending(peer.name(), READS_PER_MESSAGE);
			ForeignStore.Cursors cursors = store.cursors(peer.name());
			Request request = new Request(cursors.records(), pageSize, pending, cursors.changes());
			byte[] body = client.post(peer, ExchangeMessages.PATH, json.writeValueAsBytes(request));
			Answer answer = json.readValue(body, Answer.class);
			ForeignStore.Stored stored = store.store(peer.name(), answer, pulledAgain);
			pulledAgain.addAll(stored.pulledAgain());
			sent += reads.delivered(peer.name(), answer.readsRecorded());
			received += stored.received();
			removed += stored.removed();
			retraced += stored.retraced();
			more = answer.more() || pending.size() == READS_PER_MESSAGE || !stored.pulledAgain().isEmpty();
		}
		return new ExchangeOutcome(received, removed, sent, retraced);
	}

	/** Every peer not suspended, on the schedule ({@code irontrace.federation.exchange-every}, default 5 minutes). */
	@Scheduled(fixedDelayString = "${irontrace.federation.exchange-every:PT5M}",
			initialDelayString = "${irontrace.federation.exchange-every:PT5M}")
	void exchangeWithEveryPeer() {
		for (Peer peer : peers.listPeers()) {
			if (!peer.suspended()) {
				try {
					exchangeWith(peer.name());
				}
				catch (RuntimeException e) {
					log.warn("Exchange with {} failed, retried at the next run: {}", peer.name(), e.getMessage());
				}
			}
		}
	}

	/** An exchange that could not be completed (the peer down or untrusted): 502 to the operator who asked. */
	public static class ExchangeFailedException extends RuntimeException {

		ExchangeFailedException(String message) {
			super(message);
		}
	}
}
