package org.irontrace.trace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trace result, exactly in the shape of FORMATS.md, plus when it was computed and where its
 * answer came from.
 *
 * @param source {@code LEDGER} when the custody ledger alone answered, {@code TRACE_RESULT} when a
 *     tracing authority's answer (trace_results.csv) did
 * @param traceNumber the authority's trace number of that answer, else null
 * @param authority the authority's answer as it was given (status, words, reported figures), else null
 * @param contradictions where the ledger and the authority disagree about this gun: both sides
 *     shown, neither chosen silently
 * @param domesticRegistry the recovering country's registry entry of this gun when it holds one: a
 *     gun diverted at home, not trafficked from abroad; else null
 */
public record TraceResult(String traceId, String agency, String recoveryId, Instant tracedAt, TraceStatus status,
		TraceReason reason, Boolean usSourced, Firearm firearm, List<ChainLink> chain, FirstRetailSale firstRetailSale,
		Integer timeToCrimeDays, List<Candidate> candidates, String source, String traceNumber, Authority authority,
		List<Contradiction> contradictions, Registered domesticRegistry) {

	/** A result the ledger alone gave. */
	public TraceResult(String traceId, String agency, String recoveryId, Instant tracedAt, TraceStatus status,
			TraceReason reason, Boolean usSourced, Firearm firearm, List<ChainLink> chain,
			FirstRetailSale firstRetailSale, Integer timeToCrimeDays, List<Candidate> candidates) {
		this(traceId, agency, recoveryId, tracedAt, status, reason, usSourced, firearm, chain, firstRetailSale,
				timeToCrimeDays, candidates, "LEDGER", null, null, List.of(), null);
	}

	/** The same result with another first retail sale (for example with its purchaser withheld). */
	public TraceResult withFirstRetailSale(FirstRetailSale sale) {
		return new TraceResult(traceId, agency, recoveryId, tracedAt, status, reason, usSourced, firearm, chain, sale,
				timeToCrimeDays, candidates, source, traceNumber, authority, contradictions, domesticRegistry);
	}

	/** The same result with the recovering country's registry entry of the gun. */
	public TraceResult withDomesticRegistry(Registered entry) {
		return new TraceResult(traceId, agency, recoveryId, tracedAt, status, reason, usSourced, firearm, chain,
				firstRetailSale, timeToCrimeDays, candidates, source, traceNumber, authority, contradictions, entry);
	}

	/**
	 * A gun the recovering country's own registry holds: the kind of holder (never a name), and its
	 * last reported status ({@code REPORTED_STOLEN}, {@code REPORTED_LOST} ...).
	 */
	public record Registered(String country, String registryId, String holderType, String status,
			LocalDate statusDate) {
	}

	/**
	 * A tracing authority's answer as given: its status ({@code COMPLETED}, {@code DEALER_ONLY},
	 * {@code SOURCE_ONLY}, {@code NOT_TRACED}), its own words for a failure, whether IronTrace
	 * recognised those words, and the figures it reported.
	 */
	public record Authority(String traceNumber, LocalDate resultDate, String status, String notTracedReason,
			boolean reasonRecognised, Integer timeToCrimeDays, boolean multipleSale) {
	}

	/** One point on which two sources disagree: {@code DEALER}, {@code SALE_DATE} or {@code TIME_TO_CRIME}. */
	public record Contradiction(String about, String ledger, String traceResult) {
	}

	/** The traced gun as the ledger knows it, or as the agency described it when not identified. */
	public record Firearm(String serialNumber, String manufacturer, String importer, String model, String caliber,
			String firearmType, String countryOfManufacture) {
	}

	/**
	 * One custody event of the chain, with where it is known from ({@code LEDGER}, or
	 * {@code TRACE_RESULT} and the answer's trace number) and who sent that row ({@code sentBy}: a
	 * user, {@code installation} for the command line, null where not recorded), so that a sale
	 * planted in the ledger is seen with its sender on every trace it reaches.
	 */
	public record ChainLink(String eventType, LocalDate eventDate, String fromLicence, String toLicence, String source,
			String traceNumber, String sentBy) {
	}

	/** The earliest retail sale before the recovery. */
	public record FirstRetailSale(String licence, String businessName, String state, LocalDate saleDate,
			Purchaser purchaser) {
	}

	/** The first retail purchaser as recorded on the sale form. */
	public record Purchaser(String firstName, String lastName, LocalDate dob, String state) {
	}

	/**
	 * A ledger firearm the recovered one may be, with how well it fits (0 to 1), and, when several
	 * fit, what tells them apart: model, calibre and the first retail sale's dealer and date (never
	 * its purchaser: that is the trace's to show once the gun is confirmed).
	 */
	public record Candidate(String serialNumber, String manufacturer, double score, String model, String caliber,
			CandidateSale firstSale) {

		public Candidate(String serialNumber, String manufacturer, double score) {
			this(serialNumber, manufacturer, score, null, null, null);
		}

		Candidate withDetails(String model, String caliber, CandidateSale firstSale) {
			return new Candidate(serialNumber, manufacturer, score, model, caliber, firstSale);
		}
	}

	/** The dealer and date of a candidate's first retail sale. */
	public record CandidateSale(String licence, String businessName, String state, LocalDate saleDate) {
	}
}
