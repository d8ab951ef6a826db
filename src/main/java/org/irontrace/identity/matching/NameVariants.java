package org.irontrace.identity.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that may be one person's: short forms and diminutives (Pepe for José, Lupe for
 * Guadalupe, Bill for William). A name may belong to several groups (Beto is Roberto, Alberto
 * and Humberto), so two names are variants when they share a group. The list is a resource,
 * {@code identity/name-variants.txt}, that analysts can extend.
 */
public final class NameVariants {

	private static final int[] NONE = new int[0];

	private static final NameVariants STANDARD = new NameVariants(WordList.read("/identity/name-variants.txt"));

	private final Map<String, int[]> groups = new HashMap<>();

	private final List<List<String>> lines;

	NameVariants(List<List<String>> lines) {
		this.lines = lines;
		for (int group = 0; group < lines.size(); group++) {
			for (String name : lines.get(group)) {
				int[] known = groups.getOrDefault(name, NONE);
				int[] more = Arrays.copyOf(known, known.length + 1);
				more[known.length] = group;
				groups.put(name, more);
			}
		}
	}

	public static NameVariants standard() {
		return STANDARD;
	}

	/** The groups a folded given name belongs to, sorted; empty when the list does not know it. */
	public int[] groupsOf(String name) {
		return name == null ? NONE : groups.getOrDefault(name, NONE);
	}

	/** Whether two folded given names are forms of one name. */
	public boolean variants(String a, String b) {
		return shareGroup(groupsOf(a), groupsOf(b));
	}

	/** Every other form of a folded given name the list knows (José gives PEPE, CHEPE ...). */
	public List<String> otherForms(String name) {
		List<String> forms = new java.util.ArrayList<>();
		for (int group : groupsOf(name)) {
			for (String form : lines.get(group)) {
				if (!form.equals(name) && !forms.contains(form)) {
					forms.add(form);
				}
			}
		}
		return forms;
	}

	static boolean shareGroup(int[] a, int[] b) {
		for (int x : a) {
			for (int y : b) {
				if (x == y) {
					return true;
				}
			}
		}
		return false;
	}
}
