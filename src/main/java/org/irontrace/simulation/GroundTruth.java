package org.irontrace.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes ground_truth.json as a stream: each section goes to its own part file while the world is
 * generated, and the parts are joined into one JSON document at the end, so memory stays flat
 * however many guns and people the world holds.
 */
final class GroundTruth {

	enum Section {
		CORRUPT_DEALERS, TRAFFICKING_CASES, PEOPLE, PERSON_RECORDS, FIREARMS, RECOVERIES, INCIDENTS, BALLISTIC_LINKS,
		DOMESTIC_DIVERSIONS
	}

	private final Path file;

	private final List<Path> parts = new ArrayList<>();

	private final List<Writer> writers = new ArrayList<>();

	private final long[] counts = new long[Section.values().length];

	GroundTruth(Path file) {
		this.file = file;
		try {
			for (Section section : Section.values()) {
				Path part = file.resolveSibling("." + file.getFileName() + "." + section.name().toLowerCase() + ".part");
				parts.add(part);
				writers.add(Files.newBufferedWriter(part, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void add(Section section, JsonObject object) {
		int index = section.ordinal();
		try {
			Writer writer = writers.get(index);
			writer.write(counts[index] == 0 ? "\n  " : ",\n  ");
			writer.write(object.end());
			counts[index]++;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Joins the parts under a header object and removes them. */
	void finish(JsonObject world, String calibrationArray) {
		try (OutputStream out = Files.newOutputStream(file);
				BufferedWriter head = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			for (Writer writer : writers) {
				writer.close();
			}
			head.write("{\n\"world\": " + world.end() + ",\n\"calibration\": " + calibrationArray);
			for (Section section : Section.values()) {
				head.write(",\n\"" + section.name().toLowerCase() + "\": [");
				head.flush();
				Files.copy(parts.get(section.ordinal()), out);
				head.write("\n]");
			}
			head.write("\n}\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			discardParts();
		}
	}

	void discardParts() {
		for (int i = 0; i < parts.size(); i++) {
			try {
				writers.get(i).close();
				Files.deleteIfExists(parts.get(i));
			}
			catch (IOException e) {
				// A part left behind is harmless: the next run overwrites it.
			}
		}
	}
}
