package org.irontrace.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.irontrace.platform.IronTraceHome;
import org.irontrace.platform.SecretKeyFile;
import org.springframework.stereotype.Component;

/**
 * The key that seals audit entries, kept in the key folder and never in the database: whoever can
 * write to the database cannot forge a consistent chain without it.
 */
@Component
class AuditKey {

	private final SecretKeySpec key;

	AuditKey(IronTraceHome home) {
		this.key = new SecretKeySpec(SecretKeyFile.read(home.keys().resolve("audit.key")), "HmacSHA256");
	}

	String seal(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
