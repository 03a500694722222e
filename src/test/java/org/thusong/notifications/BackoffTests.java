package org.thusong.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.thusong.notifications.internal.Backoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTests {

	@Test
	void waitsLongerAfterEachFailureUpToSixHours() {
		assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(10));
		assertThat(Backoff.after(4)).isEqualTo(Duration.ofHours(1));
		assertThat(Backoff.after(5)).isEqualTo(Duration.ofHours(3));
		assertThat(Backoff.after(6)).isEqualTo(Duration.ofHours(6));
		assertThat(Backoff.after(10)).isEqualTo(Duration.ofHours(6));
		assertThat(Backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void tenAttemptsRideOutAServerThatIsDownForADay() {
		Duration total = Duration.ZERO;
		for (int failed = 1; failed < 10; failed++) {
			total = total.plus(Backoff.after(failed));
		}
		assertThat(total).isGreaterThan(Duration.ofHours(24));
	}

	@Test
	void refusesToBackOffBeforeAnyFailure() {
		assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
	}
}
