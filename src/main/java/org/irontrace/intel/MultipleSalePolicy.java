package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forms 3310.4 and 3310.12 applied to one person's sales of one category, oldest first: sales chained
 * by gaps of at most 4 business days form a buying spree (5 consecutive business days). A spree in
 * which some dealer sold two or more is a multiple sale; one spread over several dealers, one each,
 * is a split purchase.
 */
final class MultipleSalePolicy {

	/** Rifle calibres at or under .22 (rimfire) are outside Form 3310.12. */
	static final Set<String> RIMFIRE = Set.of(".22 LR", ".22 Magnum", ".22 Short", ".17 HMR");

	/** The states where Form 3310.12 applies. */
	static final Set<String> BORDER_STATES = Set.of("TX", "AZ", "NM", "CA");

	private final BusinessDays days;

	MultipleSalePolicy(BusinessDays days) {
		this.days = days;
	}

	/**
	 * The reportable category of a sale, or null. The ledger does not say whether a rifle is
	 * semi-automatic with a detachable magazine, so every centrefire rifle sold in the four states counts.
	 */
	static String categoryOf(String firearmType, String calibreFamily, String dealerState) {
		if ("PISTOL".equals(firearmType) || "REVOLVER".equals(firearmType)) {
			return "HANDGUN";
		}
		if ("RIFLE".equals(firearmType) && BORDER_STATES.contains(dealerState) && calibreFamily != null
				&& !RIMFIRE.contains(calibreFamily)) {
			return "RIFLE_3310_12";
		}
		return null;
	}

	/** The groups among one person's sales of one category, given oldest first. */
	List<SaleGroup> groups(List<SaleOnRecord> sales) {
		List<SaleGroup> groups = new ArrayList<>();
		List<SaleOnRecord> spree = new ArrayList<>();
		for (SaleOnRecord sale : sales) {
			if (!spree.isEmpty() && !days.withinWindow(spree.get(spree.size() - 1).day(), sale.day())) {
				classify(spree).ifPresent(groups::add);
				spree = new ArrayList<>();
			}
			spree.add(sale);
		}
		classify(spree).ifPresent(groups::add);
		return groups;
	}

	private static java.util.Optional<SaleGroup> classify(List<SaleOnRecord> spree) {
		if (spree.size() < 2) {
			return java.util.Optional.empty();
		}
		Map<String, Long> perDealer = spree.stream().collect(Collectors.groupingBy(SaleOnRecord::licence, Collectors.counting()));
		if (perDealer.values().stream().anyMatch(count -> count >= 2)) {
			return java.util.Optional.of(new SaleGroup(SaleGroup.Kind.MULTIPLE_SALE, List.copyOf(spree)));
		}
		return java.util.Optional.of(new SaleGroup(SaleGroup.Kind.SPLIT_PURCHASE, List.copyOf(spree)));
	}
}
