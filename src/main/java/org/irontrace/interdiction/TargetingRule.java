package org.irontrace.interdiction;

import java.util.Optional;

/**
 * One reason to inspect a shipment, as an officer would say it. A rule reads only the facts it is
 * given (no database, no framework) and either finds its reason in a shipment or not. Its starting
 * weight is the log-odds it adds to a shipment's risk before any inspection outcome is known;
 * {@link WeightLearning} replaces it once outcomes say otherwise.
 */
interface TargetingRule {

	/** The reason's code, e.g. {@code DENSE_CONCEALING_GOODS}. */
	String code();

	/** Log-odds added when the reason holds at full strength, before learning. */
	double startingWeight();

	Optional<Finding> assess(ShipmentFacts shipment);
}
