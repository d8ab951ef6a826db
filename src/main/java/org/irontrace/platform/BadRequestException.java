package org.irontrace.platform;

/** The caller sent something IronTrace cannot act on: HTTP 400 with the reason. */
public class BadRequestException extends RuntimeException {

	private final transient Object details;

	public BadRequestException(String message) {
		this(message, null);
	}

	/** With structured details (for example the rows of a file that were refused). */
	public BadRequestException(String message, Object details) {
		super(message);
		this.details = details;
	}

	public Object details() {
		return details;
	}
}
