package org.irontrace.trace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A trace result, exactly in the shape of FORMATS.md (plus when it was computed). */
public record TraceResult(String traceId, String agency, String recoveryId, Instant tracedAt, TraceStatus status,
		TraceReason reason, Boolean usSourced, Firearm firearm, List<ChainLink> chain, FirstRetailSale firstRetailSale,
		Integer timeToCrimeDays, List<Candidate> candidates) {

	/** The traced gun as the ledger knows it, or as the agency described it when not identified. */
	public record Firearm(String serialNumber, String manufacturer, String importer, String model, String caliber,
			String firearmType, String countryOfManufacture) {
	}

	/** One custody event of the chain. */
	public record ChainLink(String eventType, LocalDate eventDate, String fromLicence, String toLicence) {
	}

	/** The earliest retail sale before the recovery. */
	public record FirstRetailSale(String licence, String businessName, String state, LocalDate saleDate,
			Purchaser purchaser) {
	}

	/** The first retail purchaser as recorded on the sale form. */
	public record Purchaser(String firstName, String lastName, LocalDate dob, String state) {
	}

	/** A ledger firearm the recovered one may be, with how well it fits (0 to 1). */
	public record Candidate(String serialNumber, String manufacturer, double score) {
	}
}
