package org.irontrace.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.irontrace.identity.matching.PersonResolver;
import org.irontrace.identity.matching.Resolution;
import org.irontrace.identity.matching.ResolutionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code irontrace resolve --in persons.csv --out clusters.csv}: resolves any person file into
 * people, in memory, without the database. The model is learnt from the file itself.
 */
@Command(name = "resolve", description = "Resolve a person file into people (record_id, person_id).")
public class ResolveCommand implements Callable<Integer> {

	@Option(names = "--in", required = true, description = "persons.csv: record_id, first_name, last_name, dob, street, city, state, postal_code, id_number")
	Path in;

	@Option(names = "--out", required = true, description = "clusters.csv to write: record_id, person_id")
	Path out;

	@Option(names = "--threshold", defaultValue = "0.95", description = "match probability from which two records are linked (default ${DEFAULT-VALUE})")
	double threshold;

	public ResolveCommand() {
	}

	@Override
	public Integer call() throws Exception {
		if (!(threshold > 0 && threshold < 1)) {
			System.err.println("--threshold must be a probability between 0 and 1, exclusive");
			return 2;
		}
		if (!Files.isReadable(in)) {
			System.err.println("Cannot read " + in);
			return 2;
		}
		long start = System.nanoTime();
		List<PersonRecord> records;
		try {
			records = PersonFile.read(in);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 2;
		}
		Resolution resolution = new PersonResolver().resolve(records, ResolutionRequest.of(threshold));
		PersonFile.writeClusters(out, records, resolution.personOf());
		System.out.printf("%,d records, %,d people, %,d candidate pairs, %,d links above %.3f, %.1f s%n", records.size(),
				resolution.people(), resolution.candidatePairs(), resolution.links(), threshold,
				(System.nanoTime() - start) / 1e9);
		return 0;
	}
}
