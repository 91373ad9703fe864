package com.parceliq.simulator.rates;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.simulator.model.Service;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTableTest {

  @Test
  void samePackageAndZipsAlwaysCostTheSame() {
    Quote first = RateTable.quote(Service.EXPRESS, new BigDecimal("37.5"), "10001", "60601");
    Quote second = RateTable.quote(Service.EXPRESS, new BigDecimal("37.5"), "10001", "60601");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void localOnePoundGroundMatchesTheDocumentedExample() {
    Quote quote = RateTable.quote(Service.GROUND, new BigDecimal("16"), "10001", "10001");

    assertThat(quote.base()).isEqualByComparingTo("5.50");
    assertThat(quote.fuel()).isEqualByComparingTo("0.44");
    assertThat(quote.total()).isEqualByComparingTo("5.94");
    assertThat(quote.total().scale()).isEqualTo(2);
    assertThat(quote.deliveryDays()).isEqualTo(2);
  }

  @Test
  void partialPoundsAreBilledAsWholePounds() {
    Quote justOver = RateTable.quote(Service.GROUND, new BigDecimal("16.1"), "10001", "10001");

    assertThat(justOver.billedPounds()).isEqualTo(2);
    assertThat(justOver.base()).isEqualByComparingTo("6.00");
  }

  @Test
  void fartherAndFasterCostsMore() {
    BigDecimal weight = new BigDecimal("20");
    Quote near = RateTable.quote(Service.GROUND, weight, "10001", "10200");
    Quote far = RateTable.quote(Service.GROUND, weight, "10001", "94105");
    Quote overnight = RateTable.quote(Service.OVERNIGHT, weight, "10001", "94105");

    assertThat(near.zone()).isEqualTo(1);
    assertThat(far.zone()).isEqualTo(8);
    assertThat(far.total()).isGreaterThan(near.total());
    assertThat(overnight.total()).isGreaterThan(far.total());
    assertThat(overnight.deliveryDays()).isEqualTo(1);
  }

  @Test
  void zipsThatAreNotUsStyleAreTheFarthestZone() {
    assertThat(Zones.between("SW1A 1AA", "10001")).isEqualTo(8);
    assertThat(Zones.between("10001", null)).isEqualTo(8);
    assertThat(Zones.between("303", "30399")).isEqualTo(1);
  }
}
