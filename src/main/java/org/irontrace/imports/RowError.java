package org.irontrace.imports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.irontrace.platform.Wording;

/**
 * Why one row (or the header, line 1) of an imported file was rejected: {@code message} in English,
 * {@code code} (a {@link Refusal}) and {@code args} the same reason for pages in other languages.
 */
public record RowError(long line, String column, String message, String code, List<Object> args) {

	/** A reason the import has no code for, in English only. */
	public RowError(long line, String column, String message) {
		this(line, column, message, null, null);
	}

	/** The reason as a wording, or null when only the English is known. */
	@JsonIgnore
	public Wording wording() {
		return code == null ? null : new Wording(code, args);
	}
}
