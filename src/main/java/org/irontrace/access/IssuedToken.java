package org.irontrace.access;

/**
 * An API token just issued: the secret {@code token} is in this answer only (IronTrace keeps its
 * hash), with its id, the agency it acts for and when it expires (ISO instant).
 */
public record IssuedToken(String token, String id, String agency, String expiresAt) {
}
