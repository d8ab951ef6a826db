package org.irontrace.intel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.irontrace.platform.Wording;

/**
 * One indicator that fired for a lead, in the words an investigator uses, with the records behind it
 * (recoveries as {@code agency/recoveryId}, sales as event ids, licences, rings). {@code says} is the
 * sentence in English; {@code code} and {@code args} are the same sentence as a message code and its
 * arguments, for pages in other languages (both null on leads stored before they were kept).
 */
public record Evidence(String indicator, String says, List<String> records, String code, List<Object> args) {

	/** Evidence with its English sentence only. */
	public Evidence(String indicator, String says, List<String> records) {
		this(indicator, says, records, null, null);
	}

	/** Evidence with its sentence both in English and as a wording. */
	static Evidence of(String indicator, String says, List<String> records, Wording wording) {
		return new Evidence(indicator, says, records, wording.code(), wording.args());
	}

	/** The sentence as a wording, or null when only the English is known. */
	@JsonIgnore
	public Wording wording() {
		return code == null ? null : new Wording(code, args);
	}
}
