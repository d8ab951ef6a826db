package org.irontrace.interdiction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people of the link graph behind the guns of the agencies whose leads the caller may read, by
 * name key, and the addresses crime-gun purchasers gave, read through the network module's published
 * function {@code network_people_by_name}. Names stay keys: nothing here is shown to anyone.
 */
final class GraphPeople {

	/** What the graph knows of everyone bearing one name key. */
	record Person(boolean purchaser, boolean possessor, boolean ringMember, int gunsBought) {

		static final Person NOBODY = new Person(false, false, false, 0);

		Person with(Person other) {
			return new Person(purchaser || other.purchaser, possessor || other.possessor, ringMember || other.ringMember,
					Math.max(gunsBought, other.gunsBought));
		}
	}

	private final Map<String, Person> byName = new HashMap<>();

	private final Set<String> purchaserAddresses = new HashSet<>();

	private GraphPeople() {
	}

	static GraphPeople read(JdbcClient jdbc, Visibility graph) {
		GraphPeople people = new GraphPeople();
		jdbc.sql("SELECT * FROM network_people_by_name(:agencies, :everything)")
			.param("agencies", graph.recordAgencies())
			.param("everything", graph.everything())
			.query(rs -> {
				String name = rs.getString("name_key");
				boolean purchaser = rs.getBoolean("purchaser");
				if (name != null) {
					people.byName.merge(name, new Person(purchaser, rs.getBoolean("possessor"), rs.getBoolean("ring_member"),
							rs.getInt("guns_bought")), Person::with);
				}
				String address = rs.getString("address_key");
				if (purchaser && address != null) {
					people.purchaserAddresses.add(address);
				}
			});
		return people;
	}

	Person named(String nameKey) {
		return nameKey == null ? Person.NOBODY : byName.getOrDefault(nameKey, Person.NOBODY);
	}

	boolean isPurchaserAddress(String addressKey) {
		return addressKey != null && purchaserAddresses.contains(addressKey);
	}
}
