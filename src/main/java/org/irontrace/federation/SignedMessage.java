package org.irontrace.federation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an installation signs: the sender, a timestamp, a nonce, the method, the path and the SHA-256
 * of the body, one per line. An answer is signed the same way with the method {@code ANSWER} and the
 * request's nonce, so an answer cannot be replayed to another request or be another path's.
 */
record SignedMessage(String sender, String timestamp, String nonce, String method, String path, byte[] body) {

	static final String SENDER = "X-IronTrace-Sender";

	static final String TIMESTAMP = "X-IronTrace-Timestamp";

	static final String NONCE = "X-IronTrace-Nonce";

	static final String SIGNATURE = "X-IronTrace-Signature";

	/** The same message signed by the sender's previous key, while that key's grace after a rotation lasts. */
	static final String PREVIOUS_SIGNATURE = "X-IronTrace-Previous-Signature";

	static final String ANSWER = "ANSWER";

	byte[] canonicalBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (String part : new String[] { sender, timestamp, nonce, method, path, HexFormat.of().formatHex(sha256(body)) }) {
			bytes.writeBytes(part.getBytes(StandardCharsets.UTF_8));
			bytes.write('\n');
		}
		return bytes.toByteArray();
	}

	private static byte[] sha256(byte[] body) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(body);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
