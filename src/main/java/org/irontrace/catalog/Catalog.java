package org.irontrace.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The catalogue: reads manufacturer, calibre and type names as senders write them.
 *
 * <p>Every name is accepted. A name the catalogue knows is replaced by its canonical form, so that
 * {@code S&W} on a dealer's record and {@code SMITH Y WESSON} on a Mexican seizure form describe
 * the same gun; a name it does not know is kept as written and flagged {@code known=false}, so a
 * new maker never blocks an import. The lists are read once from {@code catalog/*.tsv} and shared
 * by every instance, so {@code new Catalog()} is cheap.
 */
@Component
public class Catalog {

	private final MakerNames makers = MakerNames.fromFile();

	private final CalibreFamilies calibres = CalibreFamilies.fromFile();

	private final Memo<Manufacturer> manufacturers = new Memo<>(this::readManufacturer);

	private final Memo<Calibre> calibreReadings = new Memo<>(this::readCalibre);

	private final Memo<Optional<FirearmType>> types = new Memo<>(FirearmType::parse);

	private final CriminalGroupNames groups = CriminalGroupNames.fromFile();

	private final Memo<CriminalGroup> groupReadings = new Memo<>(this::readCriminalGroup);

	/** The manufacturer a written name stands for; null for a blank name. */
	public Manufacturer manufacturer(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return null;
		}
		return manufacturers.get(asWritten);
	}

	private Manufacturer readManufacturer(String asWritten) {
		return makers.find(asWritten).orElseGet(() -> unknownMaker(asWritten));
	}

	/** The calibre family a written calibre belongs to; null for a blank one. */
	public Calibre calibre(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return null;
		}
		return calibreReadings.get(asWritten);
	}

	private Calibre readCalibre(String asWritten) {
		return calibres.find(asWritten)
			.map(family -> new Calibre(family, true))
			.orElseGet(() -> new Calibre(CalibreFamilies.tidy(asWritten), false));
	}

	/** The firearm type a written description names; empty when it names none (see {@link FirearmType#parse}). */
	public Optional<FirearmType> firearmType(String asWritten) {
		return asWritten == null ? Optional.empty() : types.get(asWritten);
	}

	/**
	 * The criminal group a written name stands for; null for a blank name. An unknown name is a group
	 * of its own, keyed by its folded form: attribution is the agency's, never refused.
	 */
	public CriminalGroup criminalGroup(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return null;
		}
		return groupReadings.get(asWritten);
	}

	/**
	 * The group a stored key stands for: the catalogue's when it knows the key, otherwise a group
	 * named by the key itself (the folded form of the name an agency wrote). Null for a null key.
	 */
	public CriminalGroup criminalGroupOfKey(String key) {
		if (key == null) {
			return null;
		}
		return groups.ofKey(key).orElseGet(() -> unknownGroup(key, key));
	}

	/** Every criminal group the catalogue knows, in the order of its list (the dashboard's filter choices). */
	public java.util.Collection<CriminalGroup> knownCriminalGroups() {
		return groups.groups();
	}

	private CriminalGroup readCriminalGroup(String asWritten) {
		return groups.find(asWritten).orElseGet(() -> {
			String folded = Spelling.words(asWritten);
			return unknownGroup(folded != null ? folded : Spelling.tidy(asWritten), asWritten.trim());
		});
	}

	private static CriminalGroup unknownGroup(String key, String name) {
		java.util.Map<String, String> asWritten = new java.util.HashMap<>();
		CriminalGroupNames.LANGUAGES.forEach(language -> asWritten.put(language, name));
		return new CriminalGroup(key, false, java.util.Map.copyOf(asWritten), java.util.List.of());
	}

	/**
	 * A maker the catalogue does not know: kept as written, keyed by its cleaned form, and assumed to
	 * make guns in the US, because only the catalogue's own knowledge may mark a gun as foreign-only.
	 */
	private static Manufacturer unknownMaker(String asWritten) {
		String cleaned = Spelling.words(asWritten);
		String key = cleaned != null ? cleaned : Spelling.tidy(asWritten);
		return new Manufacturer(key, asWritten.trim(), false, null, true);
	}
}
