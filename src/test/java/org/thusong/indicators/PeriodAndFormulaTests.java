package org.thusong.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.thusong.core.InvalidInput;
import org.thusong.indicators.internal.FormulaReading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodAndFormulaTests {

	@Test
	void readsDhis2Periods() {
		assertThat(Period.parse("2025", "period")).extracting(Period::start, Period::end)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(Period.parse("202502", "period").end()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(Period.parse("2025Q3", "period")).extracting(Period::start, Period::end)
			.containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
		assertThat(Period.parse("2025July", "period")).extracting(Period::type, Period::start, Period::end)
			.containsExactly(Period.Type.FINANCIAL_JULY, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
		assertThat(Period.parse("202509", "period").within(Period.parse("2025July", "period"))).isTrue();
		assertThat(Period.parse("202506", "period").within(Period.parse("2025July", "period"))).isFalse();
		for (String bad : new String[] { "2025-01", "202513", "2025Q5", "2025June", "", "twenty" }) {
			assertThatThrownBy(() -> Period.parse(bad, "period")).isInstanceOf(InvalidInput.class)
				.hasMessageContaining("period").hasMessageContaining("2025Q1");
		}
	}

	@Test
	void readsCircular88Formulas() {
		FormulaReading.Reading share = FormulaReading.read("EE1.1",
				"(1) Number of households  having access to electricity / (2) Total number of households within the municipal area) *100");
		assertThat(share.numerator()).containsExactly("+EE1.1(1)");
		assertThat(share.denominator()).containsExactly("+EE1.1(2)");
		assertThat(share.factor()).isEqualByComparingTo(BigDecimal.valueOf(100));
		assertThat(share.notComputable()).isNull();

		FormulaReading.Reading sum = FormulaReading.read("EE4.1",
				"((1) Renewable capacity from IPPs + (2) from own generation + (3) other) / (4) Total capacity) X 100");
		assertThat(sum.numerator()).containsExactly("+EE4.1(1)", "+EE4.1(2)", "+EE4.1(3)");
		assertThat(sum.denominator()).containsExactly("+EE4.1(4)");

		FormulaReading.Reading difference = FormulaReading.read("X1", "((1) Water supplied - (2) Water billed) / (1) Water supplied");
		assertThat(difference.numerator()).containsExactly("+X1(1)", "-X1(2)");
		assertThat(difference.factor()).isEqualByComparingTo(BigDecimal.ONE);

		assertThat(FormulaReading.read("X2", "(1) Count of residential supply points").numerator()).containsExactly("+X2(1)");
		assertThat(FormulaReading.read("EE3.2",
				"Sum of (1) Restoration time * (2) Number of customers affected) / (3) Total customers").notComputable())
			.contains("multiplies");
		assertThat(FormulaReading.read("ENV4.2", "tbd: a score").notComputable()).contains("tbd");
	}
}
