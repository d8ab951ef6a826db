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

	/**
	 * One MAC per thread, keyed once: looking the algorithm up and keying it for every seal cost about
	 * a tenth of a millisecond, more than the rest of sealing an entry. {@code doFinal} leaves it ready
	 * for the next text.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

	AuditKey(IronTraceHome home) {
		this.key = new SecretKeySpec(SecretKeyFile.read(home.keys().resolve("audit.key")), "HmacSHA256");
	}

	String seal(String text) {
		return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac keyedMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
