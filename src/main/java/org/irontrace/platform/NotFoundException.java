package org.irontrace.platform;

/** The caller asked for something that does not exist (or that it may not know exists): HTTP 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
