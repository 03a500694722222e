package org.thusong.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key of the identity, organisations and shell bundles exists in English and Turkish. */
class MessageBundlesTests {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream("/i18n/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "identity", "organisations", "shell" })
	void englishAndTurkishHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties turkish = load(bundle + "_tr.properties");
		assertThat(english).isNotEmpty();
		assertThat(turkish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		if (!bundle.equals("shell")) {
			assertThat(english.keySet()).allMatch(k -> k.toString().startsWith(bundle + "."));
		}
	}
}
