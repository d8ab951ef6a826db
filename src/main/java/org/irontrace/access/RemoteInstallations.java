package org.irontrace.access;

/**
 * The other installations this one knows (federation's peers), so that an agreement may name an
 * agency of one of them as grantee, written {@code NAME:AGENCY}. Access asks; it does not know how
 * peers are kept.
 */
public interface RemoteInstallations {

	/** Whether an installation of this name is a peer of this one. */
	boolean isPeer(String installation);
}
