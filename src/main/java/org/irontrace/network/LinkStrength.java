package org.irontrace.network;

/**
 * How much a link says that two people work together, on one scale. A shared identity document or
 * address on sale forms is nearly proof; guns seized together or a gun found with the other person
 * is strong; a person of the same name holding guns of both is good but names repeat; buying at
 * the same counters in the same weeks is weak alone and grows with the dealers shared and the
 * occasions. Rings are cut along the weak links (see {@link RingFinder}).
 */
final class LinkStrength {

	static final double SHARED_DOCUMENT = 4;

	static final double SHARED_ADDRESS = 3;

	static final double RECOVERED_TOGETHER = 2;

	static final double FOUND_WITH = 2;

	static final double FOUND_WITH_SAME_NAMED_PERSON = 1;

	/** Guns an examiner tied together by a confirmed hit (directly or through one scene): one thread, as strong as a seizure. */
	static final double BALLISTIC_CONFIRMED = 2;

	/** A thread resting on a probable hit: worth following, half as strong. */
	static final double BALLISTIC_PROBABLE = 1;

	/** A repeat buyer at a crime-gun buyer's counter in the same fortnight: as weak as buying alongside twice. */
	static final double REPEAT_BUYER_SAME_COUNTER = 0.5;

	private LinkStrength() {
	}

	/** SQL for the strength of a link whose kind alone decides it. */
	static String byKindSql(String kind) {
		return "CASE " + kind + " WHEN 'SHARED_DOCUMENT' THEN " + SHARED_DOCUMENT + " WHEN 'SHARED_ADDRESS' THEN " + SHARED_ADDRESS
				+ " WHEN 'RECOVERED_TOGETHER' THEN " + RECOVERED_TOGETHER + " WHEN 'FOUND_WITH' THEN " + FOUND_WITH
				+ " WHEN 'FOUND_WITH_SAME_NAMED_PERSON' THEN " + FOUND_WITH_SAME_NAMED_PERSON + " ELSE 1 END";
	}

	/** Buying at two or more of the same dealers within weeks: 1 for two dealers, half more for each further one. */
	static String sameDealersSql(String dealers) {
		return "(1 + 0.5 * (" + dealers + " - 2))";
	}

	/** A crime-gun buyer and another at one counter within weeks, several times: a quarter per occasion, at most 1. */
	static String boughtAlongsideSql(String occasions) {
		return "least(1.0, 0.25 * " + occasions + ")";
	}
}
