package org.irontrace.platform;

/** The caller asked to create something that already exists: HTTP 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
