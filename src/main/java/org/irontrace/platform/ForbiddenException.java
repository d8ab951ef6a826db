package org.irontrace.platform;

/** The caller is known but its roles or agency do not allow this act: HTTP 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
