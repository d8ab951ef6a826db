package org.irontrace.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Street addresses in one form: "Av. Juárez 12, Col. Centro" and "Avenida Juarez 12 Colonia
 * Centro" read alike, as do "12 Main St" and "12 Main Street" or "Parish" and "Par.". The forms
 * are a resource, {@code identity/address-forms.txt}.
 */
public final class AddressForms {

	private static final AddressForms STANDARD = new AddressForms(WordList.read("/identity/address-forms.txt"));

	private final Map<String, String> forms = new HashMap<>();

	AddressForms(List<List<String>> lines) {
		for (List<String> line : lines) {
			for (String word : line) {
				forms.putIfAbsent(word, line.get(0));
			}
		}
	}

	public static AddressForms standard() {
		return STANDARD;
	}

	/** The folded address with every known word in its full form; null when empty. */
	public String normalise(String address) {
		String folded = Spelling.fold(address);
		if (folded == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(folded.length() + 8);
		for (String word : folded.split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(forms.getOrDefault(word, word));
		}
		return out.toString();
	}
}
