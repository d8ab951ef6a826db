package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** The makes and models of the world (catalogue.csv), drawn by market and firearm type. */
final class Catalogue {

	private static final String[] WEIGHT_COLUMNS = { "us_market", "mexico", "caribbean", "foreign_mexico",
			"foreign_caribbean" };

	private final List<GunModel> models = new ArrayList<>();

	private final Map<Market, Map<GunType, WeightedTable<GunModel>>> tables = new EnumMap<>(Market.class);

	Catalogue() {
		for (Market market : Market.values()) {
			Map<GunType, WeightedTable<GunModel>> byType = new EnumMap<>(GunType.class);
			for (GunType type : GunType.values()) {
				byType.put(type, new WeightedTable<>());
			}
			tables.put(market, byType);
		}
		for (NamedCsvRecord row : ResourceTable.read("catalogue.csv")) {
			GunModel model = new GunModel(models.size(), row.getField("maker"),
					ResourceTable.list(row.getField("maker_aliases")),
					ResourceTable.blankToNull(row.getField("maker_state")),
					ResourceTable.blankToNull(row.getField("importer")),
					ResourceTable.list(row.getField("importer_aliases")),
					ResourceTable.blankToNull(row.getField("importer_state")), row.getField("country"),
					row.getField("model"), row.getField("caliber"), ResourceTable.list(row.getField("caliber_variants")),
					GunType.valueOf(row.getField("firearm_type")), row.getField("serial_pattern"));
			models.add(model);
			for (int i = 0; i < WEIGHT_COLUMNS.length; i++) {
				tables.get(Market.values()[i]).get(model.type()).add(model, Double.parseDouble(row.getField(WEIGHT_COLUMNS[i])));
			}
		}
	}

	List<GunModel> models() {
		return models;
	}

	GunModel draw(Market market, GunType type, Dice dice) {
		return tables.get(market).get(type).draw(dice);
	}
}
