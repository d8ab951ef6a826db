package org.irontrace.platform;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rotates the personal-data key: a new version becomes the sealing key, every sealed value is
 * sealed again under it in batches (each its own transaction), and the old keys are retired once no
 * value needs them. Run again after an interruption, it finishes the rotation it began instead of
 * starting another: values already under the new version are skipped. It must run alone: connections
 * of another process would go on sealing under the old key (see {@link DatabaseHolders}).
 */
@Component
public class PersonalDataKeyRotation {

	static final int BATCH = 10_000;

	private final PersonalDataKeys keys;

	private final JdbcClient jdbc;

	private final ConnectionPools connections;

	PersonalDataKeyRotation(PersonalDataKeys keys, JdbcClient jdbc, ConnectionPools connections) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.connections = connections;
	}

	/** What a rotation did. */
	public record Outcome(int version, List<Integer> retired, long resealed, boolean resumed) {
	}

	public Outcome rotate(Consumer<String> progress) {
		boolean resumed = keys.live().size() > 1;
		PersonalDataKey sealing = resumed ? keys.sealing() : keys.addVersion();
		progress.accept((resumed ? "finishing the rotation to key version " : "new sealing key: version ") + sealing.version());
		reopenConnections();
		long resealed = 0;
		for (SealedColumn column : sealedColumns()) {
			long ofColumn = 0;
			for (int batch = reseal(column); batch > 0; batch = reseal(column)) {
				ofColumn += batch;
			}
			if (ofColumn > 0) {
				progress.accept(String.format("%s.%s: %,d values sealed again", column.table(), column.column(), ofColumn));
			}
			resealed += ofColumn;
		}
		long left = underOtherVersions(sealing.version());
		if (left > 0) {
			throw new IllegalStateException(left + " sealed values are still under an older key: run the rotation again");
		}
		List<Integer> retired = keys.live().stream().map(PersonalDataKey::version).filter(v -> v != sealing.version()).toList();
		retired.forEach(keys::retire);
		reopenConnections();
		return new Outcome(sealing.version(), retired, resealed, resumed);
	}

	/** How many sealed values are under another key version than the given one. */
	public long underOtherVersions(int version) {
		long count = 0;
		for (SealedColumn column : sealedColumns()) {
			count += jdbc.sql("SELECT count(*) FROM \"" + column.table() + "\" WHERE \"" + column.column() + "\" IS NOT NULL"
					+ " AND irontrace_seal_version(\"" + column.column() + "\") IS DISTINCT FROM ?").param(version)
				.query(Long.class).single();
		}
		return count;
	}

	private List<SealedColumn> sealedColumns() {
		return jdbc.sql("SELECT table_name AS \"table\", column_name AS \"column\" FROM irontrace_sealed_columns()").query(SealedColumn.class).list();
	}

	private int reseal(SealedColumn column) {
		return jdbc.sql("SELECT irontrace_reseal(?, ?, ?)").param(column.table()).param(column.column()).param(BATCH)
			.query(Integer.class).single();
	}

	/** Connections opened before hold the old set of keys: they are replaced as they come back to the pool. */
	private void reopenConnections() {
		connections.softEvictConnections();
	}

	record SealedColumn(String table, String column) {
	}
}
