package org.irontrace.simulation;

/**
 * The lawful US market, which is most of the world: guns sold over the counter to owners who keep
 * them for decades. Around them the ordinary life of a ledger: repeat buyers, pawn and trade-ins,
 * inventory thefts and losses, exports. Lawful guns also feed trafficking later (bought second-hand
 * or stolen from their owners); that part is written by {@link TraffickingOperation}.
 */
final class LawfulMarket {

	/** Recent buyers, some of whom buy again: a bounded pool, so memory stays flat. */
	private final Person[] recentBuyers = new Person[4096];

	private final World world;

	private final SupplyChain supply;

	private long buyers;

	LawfulMarket(World world, SupplyChain supply) {
		this.world = world;
		this.supply = supply;
	}

	void emit() {
		Dice dice = world.dice;
		GunModel model = world.catalogue.draw(Market.US_RETAIL, world.types.usRetail(dice), dice);
		Gun gun = new Gun(model, world.mint.next(model), dice.chance(0.01));
		Licensee dealer = world.licensees.dealer(dice);
		int arrival = dice.between(world.firstDay() + 5, world.lastDay());
		supply.stock(gun, dealer, arrival);
		double fate = dice.uniform();
		int later = arrival + dice.between(1, 365);
		if (fate < 0.015 && later <= world.lastDay()) {
			EventType end = fate < 0.006 ? EventType.STOLEN : fate < 0.009 ? EventType.LOST : EventType.EXPORTED;
			supply.endAt(gun, dealer, later, end);
			return;
		}
		int saleDay = arrival + (int) (-100 * Math.log(1 - dice.uniform()));
		if (saleDay > world.lastDay()) {
			return;
		}
		Person owner = buyer(dealer.state(), dice);
		supply.sell(gun, dealer, saleDay, owner);
		if (dice.chance(0.03)) {
			pawn(gun, owner, saleDay, dice);
		}
	}

	private Person buyer(String state, Dice dice) {
		if (buyers > 0 && dice.chance(0.08)) {
			Person repeat = recentBuyers[dice.between(0, (int) Math.min(buyers, recentBuyers.length) - 1)];
			if (repeat.home().city().state().equals(state)) {
				return repeat;
			}
		}
		Person person = world.resident(state, dice, 21, 70);
		recentBuyers[(int) (buyers++ % recentBuyers.length)] = person;
		return person;
	}

	/** The owner pawns or trades the gun in; the licensee sells it on to someone else. */
	private void pawn(Gun gun, Person owner, int saleDay, Dice dice) {
		int pawned = saleDay + dice.between(90, 2000);
		int resold = pawned + dice.between(30, 200);
		if (resold > world.lastDay()) {
			return;
		}
		Licensee shop = world.licensees.dealerIn(owner.home().city().state(), dice);
		supply.acquire(gun, shop, pawned, owner);
		supply.sell(gun, shop, resold, buyer(shop.state(), dice));
	}
}
