package org.thusong.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsMessagesTests {

	@Test
	void everyMessageExistsInEnglishAndTurkishAndEveryKeyThePageUsesExists() throws IOException {
		Properties english = load("i18n/documents.properties");
		Properties turkish = load("i18n/documents_tr.properties");

		assertThat(turkish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(english.keySet()).allSatisfy(key -> assertThat((String) key).startsWith("documents."));
		assertThat(turkish.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
		Matcher used = Pattern.compile("#\\{(documents\\.[A-Za-z0-9_.]+)").matcher(read("templates/documents/list.html"));
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
