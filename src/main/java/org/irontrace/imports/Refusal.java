package org.irontrace.imports;

import java.util.Arrays;
import java.util.Locale;

/**
 * The reasons an import refuses a row or a file, each with its English sentence. The name is the
 * code pages look their own language's sentence up by; the arguments fill both in the same order.
 */
public enum Refusal {

	EMPTY_FILE("the file is empty: a header row is required"),
	DUPLICATE_COLUMN("the column appears twice in the header"),
	MISSING_COLUMN("required column is missing from the header"),
	WRONG_FIELD_COUNT("the row has %s fields, the header has %s"),
	MALFORMED_CSV("malformed CSV: %s"),
	REQUIRED_VALUE_MISSING("required value is missing"),
	NOT_A_DATE("'%s' is not a date in the form YYYY-MM-DD"),
	OUT_OF_RANGE("'%s' is outside %s to %s"),
	NOT_A_NUMBER("'%s' is not a decimal number"),
	NOT_ONE_OF("'%s' is not one of %s"),
	NOT_A_COUNTRY("'%s' is not an ISO 3166-1 alpha-2 country code"),
	NOTHING_LEFT_OF_SERIAL("'%s' has no characters left once spaces and dashes are removed"),
	ANOTHER_AGENCY("you submit for agency %s; this row is for %s"),
	ANSWERED_DIFFERENTLY("trace number %s already has another answer dated %s; send a correction with a later result_date"),
	RECOVERY_PLACE_UNKNOWN("recovery %s is not known and its country cannot be told: add recovery_country, or register agency %s first"),
	NOT_AN_ITEM("'%s' is not an item: write recovery:AGENCY/RECOVERY_ID or case:AGENCY/CASE_ID"),
	ITEM_LINKED_TO_ITSELF("'%s' cannot be linked to itself"),
	ANOTHER_COUNTRY("you submit for agency %s of %s; this row is for the registry of %s"),
	TOO_LONG("the value has %s characters, at most %s are allowed"),
	LONGER_THAN("longer than %s characters (the value has %s)"),
	SHIPMENT_UNKNOWN("shipment %s of agency %s is not known: send it in shipments.csv first"),
	AGENCY_NOT_SAID("say which agency the row belongs to in the agency column");

	private final String english;

	Refusal(String english) {
		this.english = english;
	}

	/** The refusal of a value in a column at a line, its arguments in the order of the sentence. */
	public RowError at(long line, String column, Object... args) {
		return new RowError(line, column, String.format(Locale.ROOT, english, args), name(), Arrays.asList(args));
	}
}
