package org.irontrace.imports;

import java.util.List;

import org.irontrace.platform.BadRequestException;

/**
 * The file is unusable: no header or a required column missing (nothing was imported), or a line
 * that cannot be read (too long, a quote never closed), where the import stopped after writing the
 * good rows before it.
 */
public class ImportRejectedException extends BadRequestException {

	private final transient RowError error;

	public ImportRejectedException(RowError error) {
		super("line " + error.line() + (error.column() == null ? "" : ", column " + error.column()) + ": "
				+ error.message(), List.of(error));
		this.error = error;
	}

	/** The import stopped at an unreadable line after writing what the report says of the rows before it. */
	public ImportRejectedException(RowError error, ImportReport before) {
		super("line " + error.line() + ": " + error.message() + "; the import stopped there, after " + before.accepted()
				+ " accepted, " + before.duplicates() + " duplicates and " + before.rejected()
				+ " rejected rows before it", List.of(error));
		this.error = error;
	}

	public RowError error() {
		return error;
	}
}
