package org.irontrace.interdiction;

/**
 * The way a shipment leaves, as risk is calibrated by: each lane has its own share of smuggling
 * (a barrel to Kingston is not a car to Nuevo Laredo), which a single baseline would let the busiest
 * lane's rate decide for all. Learned from the inspections of each lane ({@link WeightLearning}).
 */
enum Lane {

	SEA, AIR, ROAD;

	/** The lane of a declared mode, or null for a mode no lane covers. */
	static Lane of(String mode) {
		if (mode == null) {
			return null;
		}
		return switch (mode) {
			case "VESSEL" -> SEA;
			case "AIR", "EXPRESS", "MAIL" -> AIR;
			case "TRUCK", "PASSENGER_VEHICLE" -> ROAD;
			default -> null;
		};
	}
}
