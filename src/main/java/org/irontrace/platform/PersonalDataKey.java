package org.irontrace.platform;

/** One personal-data key of the key folder: its version (stored in every value it seals) and its secret. */
public record PersonalDataKey(int version, byte[] secret) {
}
