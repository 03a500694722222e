package org.thusong.notifications;

import org.junit.jupiter.api.Test;
import org.thusong.notifications.internal.RecipientMask;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientMaskTests {

	@Test
	void anEmailAddressKeepsItsFirstLetterAndItsDomain() {
		assertThat(RecipientMask.email("thandi.mbeki@example.org")).isEqualTo("t***@example.org");
		assertThat(RecipientMask.email("a@mbhashe.gov.za")).isEqualTo("a***@mbhashe.gov.za");
		assertThat(RecipientMask.email("ayşe@belediye.gov.tr")).isEqualTo("a***@belediye.gov.tr");
	}

	@Test
	void anInternationalNumberKeepsItsCountryAndNetworkCodeAndLastFourDigits() {
		assertThat(RecipientMask.phone("+27821234567")).isEqualTo("+2782***4567");
		assertThat(RecipientMask.phone("+905321234567")).isEqualTo("+9053***4567");
	}

	@Test
	void aLocalNumberShowsLess() {
		assertThat(RecipientMask.phone("0821234567")).isEqualTo("08***67");
		assertThat(RecipientMask.phone("082123456")).isEqualTo("08***56");
	}

	@Test
	void nothingToMaskStaysNothing() {
		assertThat(RecipientMask.email(null)).isEmpty();
		assertThat(RecipientMask.phone("")).isEmpty();
		assertThat(RecipientMask.phone("12345")).isEqualTo("***");
		assertThat(RecipientMask.email("nobody")).isEqualTo("n***");
	}

	@Test
	void theSummaryMasksByChannel() {
		QueuedMessage email = new QueuedMessage(new MessageId(1), Channel.EMAIL, "thandi@example.org", "Hello",
				DeliveryStatus.QUEUED, 0, null, "ZA", null, null, null, null);
		QueuedMessage sms = new QueuedMessage(new MessageId(2), Channel.SMS, "+27821234567", null, DeliveryStatus.SENT, 1,
				null, "ZA", null, null, null, null);
		assertThat(email.maskedRecipient()).isEqualTo("t***@example.org");
		assertThat(sms.maskedRecipient()).isEqualTo("+2782***4567");
	}
}
