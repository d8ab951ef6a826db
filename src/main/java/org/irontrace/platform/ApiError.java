package org.irontrace.platform;

/**
 * The JSON body of every error answer: a short machine-readable {@code error} and a
 * {@code detail} a person can act on. Import errors add the offending rows.
 */
public record ApiError(String error, String detail, Object errors) {

	public static ApiError of(String error, String detail) {
		return new ApiError(error, detail, null);
	}
}
