package org.irontrace.simulation;

import java.time.LocalDate;

/**
 * Writes each recovering country's registry of lawfully held guns and the domestic diversion it
 * feeds: a share of the country's crime guns are its own registered guns, stolen from or sold by
 * their holders (often reported stolen or lost, sometimes not at all), recovered like any other.
 * Written after the iron river, row by row, with the agencies' own dice, so the world's first files
 * are unchanged and memory stays flat.
 */
final class DomesticRegistry {

	/** Registered guns per diverted one: most lawful guns stay with their holders. */
	private static final int REGISTERED_PER_DIVERTED = 20;

	private static final int FIRST_REGISTRATION = (int) LocalDate.of(1975, 1, 1).toEpochDay();

	/** Exports older than this are beyond the makers' records: the centre answers TOO OLD. */
	private static final int RECORDS_KEPT_FROM = (int) LocalDate.of(1990, 1, 1).toEpochDay();

	private final World world;

	private final Dice dice;

	private final RegistryFile file;

	private final DomesticDiversion diversion;

	/** Registrations start in 1975, or earlier for a world that itself starts early. */
	private final int firstRegistration;

	private long diverted;

	DomesticRegistry(World world, RecoveryReporting reporting, RegistryFile file) {
		this.world = world;
		this.dice = world.agencyDice;
		this.file = file;
		this.firstRegistration = Math.min(FIRST_REGISTRATION, world.firstDay() - 5 * 365);
		this.diversion = new DomesticDiversion(world, reporting, firstRegistration);
	}

	long diverted() {
		return diverted;
	}

	void write() {
		for (RecoveringCountry country : world.destinations.countries()) {
			NationalRegistry registry = NationalRegistry.of(country.country());
			if (registry == null) {
				continue;
			}
			long recovered = world.traceTally.recovered(country.country());
			long toDivert = Math.round(recovered * registry.divertedShare() / (1 - registry.divertedShare()));
			long size = Math.max(40, toDivert * REGISTERED_PER_DIVERTED);
			long divertedHere = 0;
			for (long i = 0; i < size; i++) {
				// Exactly toDivert of the entries, spread at random over the registry.
				boolean divert = dice.chance((double) (toDivert - divertedHere) / (size - i));
				String id = registry.prefix() + "-" + Text.zeroPadded(i + 1, 7);
				if (divert) {
					divertedHere++;
					String holderType = registry.holderType(registry.diverted(), dice);
					file.write(diversion.divert(country, registry, id, holderType, registeredGun(country, holderType, dice)));
				}
				else {
					file.write(lawful(country, registry, id));
				}
			}
			diverted += divertedHere;
		}
	}

	private RegistryEntry lawful(RecoveringCountry country, NationalRegistry registry, String id) {
		String holderType = registry.holderType(registry.holders(), dice);
		Holder holder = Holder.of(holderType, country, registry, world, dice);
		// A short world may end before a young holder came of age: the registration then falls on its last days.
		int latest = world.lastDay() - 1;
		int registered = dice.between(Math.min(latest, Math.max(firstRegistration, holder.adultFrom())), latest);
		double roll = dice.uniform();
		String status = roll < 0.85 ? "ACTIVE" : roll < 0.89 ? "REPORTED_STOLEN" : roll < 0.92 ? "REPORTED_LOST"
				: roll < 0.97 ? "REVOKED" : "DESTROYED";
		int statusDay = "ACTIVE".equals(status) ? -1 : dice.between(Math.min(registered + 1, world.lastDay()), world.lastDay());
		Gun gun = registeredGun(country, holderType, dice);
		return new RegistryEntry(country.country(), id, gun, holderType, holder.name(), holder.person(), registered, status,
				statusDay);
	}

	/** A gun bought abroad by the holder or the state: half exported lawfully from the US, half made and sold abroad. */
	Gun registeredGun(RecoveringCountry country, String holderType, Dice dice) {
		Market market = dice.chance(0.5) ? Market.US_RETAIL : country.region().foreignMarket();
		GunModel model = world.catalogue.draw(market, typeHeldBy(holderType, dice), dice);
		// No US ledger rows: a lawful export leaves the ledger's world at the maker's or importer's door,
		// which the tracing centre still names.
		Gun gun = new Gun(model, world.mint.next(model), true);
		if (model.madeInUs() || model.imported()) {
			gun.source = world.licensees.maker(model);
		}
		return gun;
	}

	static TraceRequest.Pathway pathway(Gun gun, int registered) {
		boolean fromUs = gun.model.madeInUs() || gun.model.imported();
		if (!fromUs) {
			return TraceRequest.Pathway.FOREIGN_NEVER_IMPORTED;
		}
		return registered < RECORDS_KEPT_FROM ? TraceRequest.Pathway.LAWFUL_EXPORT_BEFORE_RECORDS
				: TraceRequest.Pathway.LAWFUL_EXPORT;
	}

	private static GunType typeHeldBy(String holderType, Dice dice) {
		double roll = dice.uniform();
		return switch (holderType) {
			case "MILITARY" -> roll < 0.7 ? GunType.RIFLE : GunType.PISTOL;
			case "POLICE" -> roll < 0.6 ? GunType.PISTOL : roll < 0.9 ? GunType.RIFLE : GunType.SHOTGUN;
			case "SECURITY_COMPANY" -> roll < 0.5 ? GunType.PISTOL : roll < 0.75 ? GunType.REVOLVER : GunType.SHOTGUN;
			default -> roll < 0.65 ? GunType.PISTOL : roll < 0.9 ? GunType.REVOLVER : roll < 0.95 ? GunType.SHOTGUN
					: GunType.RIFLE;
		};
	}
}
