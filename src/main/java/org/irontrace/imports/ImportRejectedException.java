package org.irontrace.imports;

import java.util.List;

import org.irontrace.platform.BadRequestException;

/** The whole file is unusable (no header, a required column missing): nothing was imported. */
public class ImportRejectedException extends BadRequestException {

	private final transient RowError error;

	public ImportRejectedException(RowError error) {
		super("line " + error.line() + (error.column() == null ? "" : ", column " + error.column()) + ": "
				+ error.message(), List.of(error));
		this.error = error;
	}

	public RowError error() {
		return error;
	}
}
