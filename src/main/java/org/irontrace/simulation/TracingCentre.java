package org.irontrace.simulation;

/**
 * Answers trace requests as the US tracing centre does: it can read only the request, then follows
 * the gun's chain through makers', distributors' and dealers' records, stopping where they stop.
 * It sometimes finds a gun the agency described poorly (a serial restored in part, look-alike
 * characters), and sometimes cannot find one described well enough for IronTrace's own engine.
 */
final class TracingCentre {

	/** A lab-restored partial serial leads the centre to the gun about half the time. */
	private static final double PARTIAL_SERIAL_FOUND = 0.55;

	/** The centre tries look-alike readings of a serial that matches nothing. */
	private static final double LOOK_ALIKE_FOUND = 0.75;

	/** Without a maker's name the centre rarely finds the gun from the serial and model alone. */
	private static final double MAKER_UNNAMED_FOUND = 0.3;

	/** Distributors' records that never name the dealer: the chain stops at the source. */
	private static final double DISTRIBUTOR_RECORDS_MISSING = 0.02;

	private final Dice dice;

	TracingCentre(Dice dice) {
		this.dice = dice;
	}

	TraceAnswer answer(TraceRequest request) {
		FirearmDescription seen = request.seen();
		if (seen.serial() == null && seen.partialSerial() == null) {
			return TraceAnswer.notTraced(seen.obliterated() ? "OBLITERATED SERIAL" : "NO SERIAL");
		}
		if (seen.serial() == null && !dice.chance(PARTIAL_SERIAL_FOUND)) {
			return TraceAnswer.notTraced("OBLITERATED SERIAL");
		}
		if (dice.chance(TracingPractice.of(request.country()).faultyRequest())) {
			double roll = dice.uniform();
			return TraceAnswer.badRequest(roll < 0.55 ? "INSUFFICIENT DESCRIPTION"
					: roll < 0.85 ? "NO RECORD AT MANUFACTURER" : "MULTIPLE POSSIBLE MATCHES");
		}
		if (seen.manufacturer() == null && !dice.chance(MAKER_UNNAMED_FOUND)) {
			return TraceAnswer.badRequest("INSUFFICIENT DESCRIPTION");
		}
		if (misread(seen, request.gun()) && !dice.chance(LOOK_ALIKE_FOUND)) {
			return TraceAnswer.badRequest(dice.chance(0.7) ? "NO RECORD AT MANUFACTURER" : "MULTIPLE POSSIBLE MATCHES");
		}
		return followChain(request);
	}

	/** The answer once the gun is known: what its records say, whatever the request looked like. */
	TraceAnswer followChain(TraceRequest request) {
		Gun gun = request.gun();
		switch (request.pathway()) {
			case FOREIGN_NEVER_IMPORTED:
				return TraceAnswer.notTraced("FOREIGN NO IMPORT RECORD");
			case LAWFUL_EXPORT:
				return TraceAnswer.found(TraceAnswer.SOURCE_ONLY, "EXPORTED BY SOURCE");
			case LAWFUL_EXPORT_BEFORE_RECORDS:
				return TraceAnswer.notTraced("TOO OLD");
			default:
				break;
		}
		if (!gun.inLedger()) {
			return TraceAnswer.notTraced("NO RECORD AT MANUFACTURER");
		}
		if (dice.chance(DISTRIBUTOR_RECORDS_MISSING)) {
			return TraceAnswer.found(TraceAnswer.SOURCE_ONLY, "NO RECORD AT DISTRIBUTOR");
		}
		if (gun.firstSaleDay >= 0 && gun.firstSaleDay <= request.recoveryDay()) {
			return TraceAnswer.found(TraceAnswer.COMPLETED, null);
		}
		if (gun.endsStolenOrLost) {
			return TraceAnswer.found(TraceAnswer.DEALER_ONLY, "STOLEN OR LOST FROM DEALER INVENTORY");
		}
		return TraceAnswer.found(TraceAnswer.DEALER_ONLY,
				gun.stockedAt.outOfBusiness() ? "OUT OF BUSINESS RECORDS NOT FOUND" : "NO DISPOSITION RECORD");
	}

	/** The serial was copied with a look-alike character (O for 0, I for 1 ...). */
	private static boolean misread(FirearmDescription seen, Gun gun) {
		return seen.serial() != null && !RecoveryDescriber.normalised(seen.serial()).equals(RecoveryDescriber.normalised(gun.serial));
	}
}
