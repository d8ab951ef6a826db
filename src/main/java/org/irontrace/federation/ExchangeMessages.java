package org.irontrace.federation;

import java.util.List;
import java.util.Map;

/** The bodies of {@code POST /api/v1/federation/exchange} between installations. */
final class ExchangeMessages {

	static final String PATH = "/api/v1/federation/exchange";

	private ExchangeMessages() {
	}

	/**
	 * The grantee's installation asks what the sender's agencies are granted since each agreement's
	 * cursor (the last record id received under it) and, per agreement, the traces changed after the
	 * last change it applied ({@code changes}, {@code TRANSACTION:RECOVERY_ID}; absent on the first
	 * exchange), and reports the reads of the owner's records with personal data made since the last
	 * exchange.
	 */
	record Request(Map<String, String> cursors, int pageSize, List<ReadReport> reads, Map<String, String> changes) {
	}

	/** One read of a foreign record with personal data, as the reader's installation reports it. */
	record ReadReport(String readId, String ownerAgency, String subject, String reader, String readerAgency,
			String purpose, String readAt) {
	}

	/**
	 * The granting installation's answer: every agreement in force with the asker's agencies (one
	 * missing was revoked or has ended), a page of records redacted as each agreement's level says,
	 * the counts of AGGREGATES_ONLY agreements, the cursors after this page, the read reports now
	 * written to the owner's audit trail, and the current traces of records already sent that changed
	 * (a re-trace) with each agreement's last change sent.
	 */
	record Answer(List<Grant> agreements, List<SharedRecovery> records, List<SharedCount> counts,
			Map<String, String> cursors, boolean more, List<String> readsRecorded, List<SharedTrace> traces,
			Map<String, String> changes) {
	}

	/**
	 * An agreement in force. {@code records}: on the last page of a pass, how many records the owner
	 * holds under it (the grantee pulls it again from the start when it holds fewer); null otherwise.
	 */
	record Grant(String id, String grantor, String granteeAgency, List<String> scope, String level, Long records) {
	}

	/**
	 * A recovery as its owner lets it leave: personal fields (the possessor, and the first retail
	 * purchaser its trace found) null below FULL, trace fields only under TRACES.
	 */
	record SharedRecovery(String agreementId, String recoveryId, String recoveryDate, String country, String adminArea,
			String city, String crimeCode, String serialNumber, boolean serialObliterated, String partialSerial,
			String manufacturer, String importer, String model, String caliber, String firearmType,
			String countryOfManufacture, String possessorFirstName, String possessorLastName, String possessorDob,
			String possessorNationality, String incidentId, String criminalGroup, String traceStatus, String traceReason,
			Boolean usSourced, Integer timeToCrimeDays, String sourceState, String dealerLicence, String dealerName,
			String tracedAt, SharedPurchaser purchaser) {
	}

	/**
	 * A granted record's current trace as its owner now answers it (TRACES granted at FULL or without
	 * personal data); the purchaser only at FULL.
	 */
	record SharedTrace(String agreementId, String recoveryId, String traceStatus, String traceReason, Boolean usSourced,
			Integer timeToCrimeDays, String sourceState, String dealerLicence, String dealerName, String tracedAt,
			SharedPurchaser purchaser) {
	}

	/** The first retail purchaser a trace found, sent only under a FULL grant; the birth date as {@code YYYY-MM-DD}. */
	record SharedPurchaser(String firstName, String lastName, String dob, String state) {

		static SharedPurchaser of(org.irontrace.trace.TraceResult.Purchaser p) {
			return p == null ? null
					: new SharedPurchaser(p.firstName(), p.lastName(), p.dob() == null ? null : p.dob().toString(), p.state());
		}
	}

	record SharedCount(String agreementId, String country, String month, String status, long recoveries) {
	}
}
