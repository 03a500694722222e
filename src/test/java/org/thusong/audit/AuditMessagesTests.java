package org.thusong.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditMessagesTests {

	@Test
	void everyMessageExistsInEnglishAndTurkishAndEveryKeyThePageUsesExists() throws IOException {
		Properties english = load("i18n/audit.properties");
		Properties turkish = load("i18n/audit_tr.properties");

		assertThat(turkish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(english.keySet()).allSatisfy(key -> assertThat((String) key).startsWith("audit."));
		assertThat(turkish.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
		Matcher used = Pattern.compile("#\\{(audit\\.[A-Za-z0-9_.]+)").matcher(read("templates/audit/list.html"));
		while (used.find()) {
			assertThat(english).as("a key the page uses").containsKey(used.group(1));
		}
	}

	private Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private String read(String resource) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
