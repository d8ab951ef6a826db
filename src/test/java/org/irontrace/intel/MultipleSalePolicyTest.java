package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MultipleSalePolicyTest {

	private final MultipleSalePolicy policy = new MultipleSalePolicy(new BusinessDays());

	private static SaleOnRecord sale(String id, String dealer, String day) {
		return new SaleOnRecord(id, "P1", "HANDGUN", dealer, LocalDate.parse(day));
	}

	@Test
	void handgunsEverywhereRiflesOnlyOverDotTwentyTwoInTheFourStates() {
		assertThat(MultipleSalePolicy.categoryOf("REVOLVER", ".38 Special", "OH")).isEqualTo("HANDGUN");
		assertThat(MultipleSalePolicy.categoryOf("RIFLE", "7.62x39mm", "TX")).isEqualTo("RIFLE_3310_12");
		assertThat(MultipleSalePolicy.categoryOf("RIFLE", "7.62x39mm", "FL")).isNull();
		assertThat(MultipleSalePolicy.categoryOf("RIFLE", ".22 LR", "AZ")).isNull();
		assertThat(MultipleSalePolicy.categoryOf("SHOTGUN", "12 gauge", "CA")).isNull();
	}

	@Test
	void twoHandgunsAtOneCounterWithinFiveBusinessDaysAreAMultipleSale() {
		List<SaleGroup> groups = policy.groups(List.of(sale("e1", "D1", "2024-06-03"), sale("e2", "D1", "2024-06-07")));
		assertThat(groups).singleElement().extracting(SaleGroup::kind).isEqualTo(SaleGroup.Kind.MULTIPLE_SALE);
	}

	@Test
	void salesSixBusinessDaysApartAreNot() {
		assertThat(policy.groups(List.of(sale("e1", "D1", "2024-06-03"), sale("e2", "D1", "2024-06-10")))).isEmpty();
	}

	@Test
	void oneGunAtEachOfSeveralDealersIsASplitPurchase() {
		List<SaleGroup> groups = policy.groups(List.of(sale("e1", "D1", "2024-06-03"), sale("e2", "D2", "2024-06-03"),
				sale("e3", "D3", "2024-06-05"), sale("e4", "D1", "2024-08-01")));
		assertThat(groups).singleElement().satisfies(group -> {
			assertThat(group.kind()).isEqualTo(SaleGroup.Kind.SPLIT_PURCHASE);
			assertThat(group.licences()).containsExactly("D1", "D2", "D3");
		});
	}
}
