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

	/** Buying at two of the same dealers within weeks. */
	static final double SAME_DEALERS = 1;

	/** What each further dealer shared adds to {@link #SAME_DEALERS}. */
	static final double EACH_FURTHER_DEALER = 0.5;

	/** A crime-gun buyer and another at one counter within weeks: this much per occasion... */
	static final double EACH_OCCASION_ALONGSIDE = 0.25;

	/** ...and no more than this, however many the occasions. */
	static final double MOST_ALONGSIDE = 1;

	private LinkStrength() {
	}
}
