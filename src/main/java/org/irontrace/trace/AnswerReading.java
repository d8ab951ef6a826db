package org.irontrace.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.commerce.LedgerFirearm;

/**
 * What a tracing authority's answer adds to a trace: it identifies the gun when the agency's own
 * description could not (an obliterated serial the authority's laboratory read, a maker the agency
 * misspelled), it gives the reason when the gun was not traced, and where the ledger says otherwise
 * both are shown as a contradiction rather than one chosen silently.
 */
final class AnswerReading {

	private AnswerReading() {
	}

	/** The gun the answer identified, when the register knows it (the answer's import put it there). */
	static Identification identify(TraceAnswer answer, Map<FirearmIdentity, LedgerFirearm> register) {
		if (answer == null || answer.identity() == null) {
			return null;
		}
		LedgerFirearm firearm = register.get(answer.identity());
		return firearm == null ? null : new Identification.Identified(firearm, List.of());
	}

	/** The engine's result read together with the authority's answer. */
	static TraceResult withAnswer(TraceResult traced, TraceAnswer answer) {
		List<TraceResult.Contradiction> contradictions = new ArrayList<>(saleContradictions(traced.chain()));
		TraceStatus status = traced.status();
		TraceReason reason = traced.reason();
		Boolean usSourced = traced.usSourced();
		boolean ledgerKnowsIt = traced.chain().stream().anyMatch(link -> !"TRACE_RESULT".equals(link.source()));
		if ("NOT_TRACED".equals(answer.status())) {
			if (traced.status() == TraceStatus.NOT_TRACED || !ledgerKnowsIt) {
				// Where neither could trace the gun, the authority's reason is the answer of record.
				status = TraceStatus.NOT_TRACED;
				reason = answer.reason();
				usSourced = reason == TraceReason.FOREIGN_NOT_IMPORTED ? Boolean.FALSE : null;
			}
			else {
				contradictions.add(new TraceResult.Contradiction("STATUS", traced.status().name(), answer.status()));
			}
		}
		else if (status != TraceStatus.NOT_TRACED) {
			// The authority found the gun in US commerce (made, imported or handled by a US licensee).
			usSourced = Boolean.TRUE;
		}
		Integer timeToCrime = traced.timeToCrimeDays();
		Integer reported = answer.reportedTimeToCrimeDays();
		if (reported != null) {
			if (timeToCrime != null && !timeToCrime.equals(reported)) {
				contradictions.add(new TraceResult.Contradiction("TIME_TO_CRIME", timeToCrime.toString(),
						reported.toString()));
			}
			timeToCrime = status == TraceStatus.COMPLETED ? reported : null;
		}
		return new TraceResult(traced.traceId(), traced.agency(), traced.recoveryId(), traced.tracedAt(), status, reason,
				usSourced, traced.firearm(), traced.chain(), status == TraceStatus.NOT_TRACED ? null : traced.firstRetailSale(),
				status == TraceStatus.NOT_TRACED ? null : timeToCrime, traced.candidates(), "TRACE_RESULT",
				answer.traceNumber(), answer.authority(), List.copyOf(contradictions), traced.domesticRegistry());
	}

	/**
	 * The ledger's first retail sale against the authority's: another dealer or another date is a
	 * contradiction to show. (The time-to-crime the ledger computes comes from its own sale.)
	 */
	private static List<TraceResult.Contradiction> saleContradictions(List<TraceResult.ChainLink> chain) {
		TraceResult.ChainLink ledgerSale = firstSale(chain, false);
		TraceResult.ChainLink answerSale = firstSale(chain, true);
		if (ledgerSale == null || answerSale == null) {
			return List.of();
		}
		List<TraceResult.Contradiction> found = new ArrayList<>();
		if (!Objects.equals(ledgerSale.fromLicence(), answerSale.fromLicence())) {
			found.add(new TraceResult.Contradiction("DEALER", ledgerSale.fromLicence(), answerSale.fromLicence()));
		}
		if (!Objects.equals(ledgerSale.eventDate(), answerSale.eventDate())) {
			found.add(new TraceResult.Contradiction("SALE_DATE", text(ledgerSale.eventDate()), text(answerSale.eventDate())));
		}
		return found;
	}

	private static TraceResult.ChainLink firstSale(List<TraceResult.ChainLink> chain, boolean fromAnswer) {
		return chain.stream()
			.filter(link -> "SOLD".equals(link.eventType()))
			.filter(link -> "TRACE_RESULT".equals(link.source()) == fromAnswer)
			.findFirst()
			.orElse(null);
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
