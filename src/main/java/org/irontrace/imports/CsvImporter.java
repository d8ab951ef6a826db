package org.irontrace.imports;

import java.util.List;
import java.util.Set;

import org.irontrace.access.Role;

/**
 * One kind of interchange file, provided by the module that owns its data. The import machinery
 * reads and validates rows through {@link #stage}, copies the staged rows of a batch into the temporary
 * table {@link #stagingTable()} and then runs {@link #mergeSql()} in the same transaction.
 */
public interface CsvImporter {

	/** The kind in {@code POST /api/v1/imports/{kind}}, e.g. {@code commerce-events}. */
	String kind();

	/** Every column of the file format; other columns are ignored with a warning. */
	List<String> columns();

	/**
	 * The most characters a value of a column may have unless its importer says otherwise: codes,
	 * names and places are far shorter, and a longer value is a mistake in the file or an attempt
	 * to fill the server.
	 */
	int LONGEST_VALUE = 1_000;

	/**
	 * The most characters a value of this column may have; a longer one refuses its row, naming line
	 * and column. Free text that FORMATS.md lets run long says so here.
	 */
	default int longestValue(String column) {
		return LONGEST_VALUE;
	}

	/** Columns that must be present in the header. */
	List<String> requiredColumns();

	/** Name of the temporary staging table. */
	String stagingTable();

	/** Columns of the staging table, with types, in the order {@link #stage} writes them. */
	String stagingColumns();

	/**
	 * Validates one row and writes its staged values in {@link #stagingColumns()} order. Problems are
	 * reported on the row ({@link CsvRow#reject}); a row with problems is not staged.
	 */
	void stage(CsvRow row, StagedRow out);

	/**
	 * Moves the staged batch into the module's tables; answers the number of rows that changed
	 * something (the rest are duplicates). Must be idempotent.
	 */
	String mergeSql();

	/**
	 * Statements run once on each writing lane's connection after its staging table is made (for
	 * example further temporary tables the merge writes to).
	 */
	default List<String> laneSetupSql() {
		return List.of();
	}

	/**
	 * Statements run once a batch is staged, before {@link #refusalsSql()}: they read what is stored
	 * about the staged rows once, one index look-up per row, into the lane's temporary tables
	 * ({@link #laneSetupSql()}), so the refusals, the merge and the follow-ups join those instead of
	 * each asking the stored tables again.
	 */
	default List<String> lookUpSql() {
		return List.of();
	}

	/**
	 * A query over the staged batch, run before {@link #mergeSql()}, answering the rows the merge
	 * must refuse because they contradict what is already stored (for example a second, different
	 * answer under a key that is already answered): columns {@code line} (the staging table needs a
	 * {@code line bigint} column), {@code column_name}, {@code refusal} (a {@link Refusal} name) and
	 * {@code detail} (the refusal's arguments, as one text array). Those rows are taken out of the batch and
	 * reported like rows refused while reading. Null when nothing stored can contradict a row.
	 */
	default String refusalsSql() {
		return null;
	}

	/**
	 * The roles that may send this kind over HTTP; empty: every role the import endpoint admits. The
	 * owner of the data says who may write it, so a new kind of file needs no change here.
	 */
	default Set<Role> senders() {
		return Set.of();
	}

	/**
	 * Whether only the installation's operators may send this kind: true for the shared ledger, one
	 * row of which names a purchaser in every agency's trace of that gun (a sale slipped in by one
	 * agency's provider would be believed by all).
	 */
	default boolean operatorsOnly() {
		return false;
	}

	/** Statements run after {@link #mergeSql()} in the same transaction (derived tables). */
	default List<String> followUpSql() {
		return List.of();
	}

	/**
	 * The tables an import of this kind grows, counted again for the planner while it runs and once
	 * it is in ({@link PlannerCounts}): the statements of its later batches, and those that follow at
	 * once (the traces of the new rows, the leads' passes), are then planned for the tables as they
	 * are now, not as autovacuum last saw them.
	 */
	default List<GrowingTable> tablesItGrows() {
		return List.of();
	}
}
