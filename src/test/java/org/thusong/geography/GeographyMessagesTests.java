package org.thusong.geography;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeographyMessagesTests {

	static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(GeographyMessagesTests.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void everyGeographyMessageExistsInEnglishAndTurkish() throws Exception {
		Properties english = load("geography.properties");
		Properties turkish = load("geography_tr.properties");
		assertThat(turkish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("geography."));
		for (AreaLevel level : AreaLevel.values()) {
			assertThat(english.getProperty(level.messageKey())).isNotBlank();
		}
		assertThat(turkish.getProperty("geography.level.ilce")).isEqualTo("İlçe");
	}
}
