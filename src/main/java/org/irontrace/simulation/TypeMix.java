package org.irontrace.simulation;

import java.util.EnumMap;
import java.util.Map;

/**
 * The share of each firearm type in each market. Recovered guns of a region are drawn through a
 * quota so that the region's recoveries hold the published mix: Mexico 40% rifles (28% in 2007 to
 * 43% in 2011, guns.com / ATF), the Caribbean 88% handguns (GAO-25-107007). US retail follows the
 * broad US mix (about half handguns).
 */
final class TypeMix {

	private static final GunType[] TYPES = GunType.values();

	private final Map<Region, QuotaDraw> recovered = new EnumMap<>(Region.class);

	private final Map<Region, WeightedTable<GunType>> trafficked = new EnumMap<>(Region.class);

	private final WeightedTable<GunType> usRetail = table(45, 10, 30, 15);

	TypeMix() {
		recovered.put(Region.MEXICO, new QuotaDraw(48, 7, 40, 5));
		recovered.put(Region.CARIBBEAN, new QuotaDraw(79, 9, 9, 3));
		trafficked.put(Region.MEXICO, table(48, 7, 40, 5));
		trafficked.put(Region.CARIBBEAN, table(79, 9, 9, 3));
	}

	private static WeightedTable<GunType> table(double pistol, double revolver, double rifle, double shotgun) {
		WeightedTable<GunType> table = new WeightedTable<>();
		table.add(GunType.PISTOL, pistol);
		table.add(GunType.REVOLVER, revolver);
		table.add(GunType.RIFLE, rifle);
		table.add(GunType.SHOTGUN, shotgun);
		return table;
	}

	/** The type of a gun that will be recovered in {@code region}. */
	GunType recoveredIn(Region region, Dice dice) {
		return TYPES[recovered.get(region).draw(dice)];
	}

	/** The type of a gun trafficked to {@code region} that is never recovered. */
	GunType traffickedTo(Region region, Dice dice) {
		return trafficked.get(region).draw(dice);
	}

	GunType usRetail(Dice dice) {
		return usRetail.draw(dice);
	}
}
