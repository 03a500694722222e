package org.thusong.notifications;

import org.junit.jupiter.api.Test;
import org.thusong.core.InvalidInput;
import org.thusong.notifications.internal.Addresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressesTests {

	@Test
	void acceptsPlainEmailAddresses() {
		assertThat(Addresses.email("to", " thandi.mbeki+requests@mbhashe.gov.za ")).isEqualTo("thandi.mbeki+requests@mbhashe.gov.za");
		assertThat(Addresses.email("to", "muhtar@koy-12.bel.tr")).isEqualTo("muhtar@koy-12.bel.tr");
	}

	@Test
	void refusesWhatIsNotAnEmailAddressNamingTheField() {
		for (String bad : new String[] { "thandi", "thandi@", "@example.org", "thandi@example", "two@at@example.org",
				"thandi @example.org", "thandi@example.org\r\nBcc: everyone@example.org", "thandi..m@example.org",
				".thandi@example.org", "thandi@-example.org", "x".repeat(65) + "@example.org" }) {
			assertThatThrownBy(() -> Addresses.email("to", bad)).as(bad)
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("to"));
		}
		assertThatThrownBy(() -> Addresses.email("to", "  ")).hasMessage("to: is required");
	}

	@Test
	void acceptsInternationalAndLocalPhoneNumbersWithoutTheirSeparators() {
		assertThat(Addresses.phone("toPhone", "+27 82 123 4567")).isEqualTo("+27821234567");
		assertThat(Addresses.phone("toPhone", "+90 (532) 123-45-67")).isEqualTo("+905321234567");
		assertThat(Addresses.phone("toPhone", "082.123.4567")).isEqualTo("0821234567");
		assertThat(Addresses.phone("toPhone", "0532 123 45 67")).isEqualTo("05321234567");
	}

	@Test
	void refusesWhatIsNotAPhoneNumberNamingTheField() {
		for (String bad : new String[] { "12345678", "+2782123", "+0821234567", "082 123 456 7x", "+27 82 123 4567 8901 2",
				"1234567890123456", "phone me" }) {
			assertThatThrownBy(() -> Addresses.phone("toPhone", bad)).as(bad)
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("toPhone"));
		}
	}
}
