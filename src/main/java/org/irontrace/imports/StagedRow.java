package org.irontrace.imports;

import java.time.LocalDate;

import org.irontrace.catalog.FirearmDescription;

/**
 * The values of one row on their way into a staging table, encoded in PostgreSQL's {@code COPY}
 * text format as they are added, so a batch never exists as objects.
 */
public final class StagedRow {

	private final StringBuilder buffer;

	private int rowStart;

	private boolean firstValue = true;

	StagedRow(StringBuilder buffer) {
		this.buffer = buffer;
	}

	void begin() {
		rowStart = buffer.length();
		firstValue = true;
	}

	void end() {
		buffer.append('\n');
	}

	/** Forgets the values of the current row (it was rejected). */
	void discard() {
		buffer.setLength(rowStart);
	}

	public StagedRow add(String value) {
		separate();
		if (value == null) {
			buffer.append("\\N");
			return this;
		}
		int plain = 0;
		while (plain < value.length() && value.charAt(plain) != '\\' && value.charAt(plain) >= ' ') {
			plain++;
		}
		// Most values hold nothing to escape: copied whole, then the rest, if any, a character at a time.
		buffer.append(value, 0, plain);
		for (int i = plain; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
		return this;
	}

	public StagedRow add(LocalDate value) {
		return value == null ? add((String) null) : addRaw(value.toString());
	}

	public StagedRow add(Double value) {
		return value == null ? add((String) null) : addRaw(value.toString());
	}

	/** Binary data (sealed personal data), in COPY's hex form for bytea. */
	public StagedRow add(byte[] value) {
		if (value == null) {
			return add((String) null);
		}
		separate();
		buffer.append("\\\\x");
		for (byte b : value) {
			buffer.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
		}
		return this;
	}

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	public StagedRow add(boolean value) {
		return addRaw(value ? "t" : "f");
	}

	private StagedRow addRaw(String value) {
		separate();
		buffer.append(value);
		return this;
	}

	private void separate() {
		if (!firstValue) {
			buffer.append('\t');
		}
		firstValue = false;
	}

	/**
	 * Stages a firearm description as the columns serial_number, serial_key, manufacturer,
	 * manufacturer_key, importer, importer_key, model, caliber, calibre_family, firearm_type,
	 * country_of_manufacture, in that order.
	 */
	public StagedRow add(FirearmDescription firearm, String absentImporterKey) {
		return add(firearm.serialNumber()).add(firearm.serialKey())
			.add(firearm.manufacturer())
			.add(firearm.manufacturerKey())
			.add(firearm.importer())
			.add(firearm.importerKey() == null ? absentImporterKey : firearm.importerKey())
			.add(firearm.model())
			.add(firearm.caliber())
			.add(firearm.calibreFamily())
			.add(firearm.firearmType())
			.add(firearm.countryOfManufacture());
	}
}
