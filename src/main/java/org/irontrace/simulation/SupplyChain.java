package org.irontrace.simulation;

/**
 * Lawful custody up to and including the retail sale: made or imported, passed through a
 * distributor (most guns) to a dealer, sold over the counter. Records go missing where they do in
 * real tracing: a maker's records never reach the ledger (the gun has no rows at all), or a dealer's
 * sale record is lost, mostly when the dealer has gone out of business.
 */
final class SupplyChain {

	private final World world;

	private long forms;

	SupplyChain(World world) {
		this.world = world;
	}

	/** Brings the gun to {@code dealer} on {@code arrival}; earlier links are dated before it, never before the world began. */
	void stock(Gun gun, Licensee dealer, int arrival) {
		Dice dice = world.dice;
		int first = world.firstDay();
		int atDealer = Math.max(arrival, first + 2);
		int atDistributor = Math.max(first + 1, atDealer - dice.between(3, 60));
		int made = Math.max(first, atDistributor - dice.between(3, 90));
		boolean viaDistributor = dice.chance(0.85);
		Licensee distributor = viaDistributor ? world.licensees.distributor(dice) : null;
		if (!gun.inLedger()) {
			return;
		}
		GunModel model = gun.model;
		Licensee origin = world.licensees.maker(model);
		gun.source = origin;
		gun.stockedAt = dealer;
		CommerceLedger ledger = world.ledger;
		ledger.write(model.imported() ? EventType.IMPORTED : EventType.MANUFACTURED, made, gun, model.maker(), null, origin,
				null, null);
		if (viaDistributor) {
			ledger.write(EventType.TRANSFERRED, atDistributor, gun, model.maker(), origin, distributor, null, null);
			ledger.write(EventType.TRANSFERRED, atDealer, gun, model.maker(), distributor, dealer, null, null);
		}
		else {
			ledger.write(EventType.TRANSFERRED, atDealer, gun, model.maker(), origin, dealer, null, null);
		}
	}

	/** The retail sale to {@code buyer}; answers whether a SOLD record reached the ledger. */
	boolean sell(Gun gun, Licensee dealer, int day, Person buyer) {
		Dice dice = world.dice;
		boolean recordLost = dealer.outOfBusiness() ? dice.chance(0.6) : dice.chance(0.025);
		RecordedPerson written = world.recorder.onSaleForm(buyer, dice);
		String maker = dice.chance(0.03) ? world.describer.writtenMaker(gun.model) : gun.model.maker();
		if (!gun.inLedger() || recordLost) {
			return false;
		}
		String id = world.ledger.write(EventType.SOLD, day, gun, maker, dealer, null, written, "4473-" + ++forms);
		if (gun.firstSaleDay < 0) {
			gun.firstSaleDay = day;
			gun.firstSaleEvent = id;
			gun.firstSaleDealer = dealer;
			gun.firstPurchaser = written;
		}
		personRecord(id, buyer);
		return true;
	}

	/** A pawn or trade-in: the licensee takes a used gun from {@code seller}. */
	void acquire(Gun gun, Licensee dealer, int day, Person seller) {
		RecordedPerson written = world.recorder.onSaleForm(seller, world.dice);
		if (gun.inLedger()) {
			personRecord(world.ledger.write(EventType.ACQUIRED, day, gun, gun.model.maker(), null, dealer, written, null), seller);
		}
	}

	/** Custody ends at the licensee: STOLEN, LOST or EXPORTED. */
	void endAt(Gun gun, Licensee licensee, int day, EventType type) {
		if (gun.inLedger()) {
			world.ledger.write(type, day, gun, gun.model.maker(), licensee, null, null, type == EventType.EXPORTED ? "EXP-" + ++forms : null);
			gun.endsStolenOrLost = type != EventType.EXPORTED;
		}
	}

	private void personRecord(String eventId, Person person) {
		world.truth.add(GroundTruth.Section.PERSON_RECORDS,
				new JsonObject().field("record", "commerce_event").field("event_id", eventId).field("person", person.id()));
	}
}
