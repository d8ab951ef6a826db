package org.irontrace.identity;

/**
 * What joins a record that carries a name alone (most possessors) to another record of an agreeing
 * name, strongest first. A name alone is as likely two namesakes as one person, so one of these
 * must hold.
 */
public enum NameOnlyRule {

	/** The gun the possessor held was first sold to this purchaser. */
	GUN_SOLD_TO_PURCHASER("the gun the possessor held was first sold to this purchaser"),

	/** Both were written at one seizure: same agency, day and place. */
	SAME_SEIZURE("both were written at one seizure (same agency, day and place)"),

	/** The guns both held were first sold to one person. */
	SAME_SOURCE_PURCHASER("the guns both held were first sold to one person"),

	/** One area within a year, and a name few records carry. */
	SAME_AREA_RARE_NAME("both were written in one area within a year, under a name few records carry"),

	/** With nothing around them, the exact full name with two surnames, carried by few records. */
	RARE_FULL_NAME("the same full name with two surnames, carried by few records");

	private final String words;

	NameOnlyRule(String words) {
		this.words = words;
	}

	/** The rule in plain words, for an investigator reading the explanation. */
	public String words() {
		return words;
	}
}
