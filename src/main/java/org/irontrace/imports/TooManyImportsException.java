package org.irontrace.imports;

/**
 * The sender's agency, or the installation, already runs as many imports as it may: the sender
 * should try again shortly (HTTP 429 with {@code Retry-After}).
 */
public class TooManyImportsException extends RuntimeException {

	/** Seconds to wait before sending again: a typical import of the agencies' files takes less. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private final String agency;

	private final int agencyRunning;

	private final int installationRunning;

	TooManyImportsException(String agency, int agencyRunning, int installationRunning, String reason) {
		super(reason + "; send the file again in " + RETRY_AFTER_SECONDS + " seconds");
		this.agency = agency;
		this.agencyRunning = agencyRunning;
		this.installationRunning = installationRunning;
	}

	/** The sender's agency, or null for the installation's own import. */
	public String agency() {
		return agency;
	}

	/** How many imports of the sender's agency are running. */
	public int agencyRunning() {
		return agencyRunning;
	}

	/** How many imports of the installation are running, all agencies together. */
	public int installationRunning() {
		return installationRunning;
	}
}
