package org.thusong;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string a person reads exists in English and Turkish: each module's bundle has a Turkish
 * twin with the same keys and no empty text, keys carry their bundle's prefix, and every key a
 * template names exists.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyBundleHasATurkishTwinWithTheSameKeys() throws IOException {
		for (Path english : englishBundles()) {
			String name = english.getFileName().toString().replace(".properties", "");
			Properties en = load(english);
			Properties tr = load(BUNDLES.resolve(name + "_tr.properties"));
			assertThat(new TreeSet<>(tr.stringPropertyNames())).as("keys of %s_tr", name)
				.isEqualTo(new TreeSet<>(en.stringPropertyNames()));
			assertThat(tr.stringPropertyNames()).as("Turkish texts of %s", name)
				.allSatisfy(key -> assertThat(tr.getProperty(key)).as(key).isNotBlank());
			assertThat(en.stringPropertyNames()).as("English texts of %s", name)
				.allSatisfy(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void moduleBundlesPrefixTheirKeysWithTheModuleName() throws IOException {
		for (String module : List.of("geography", "organisations", "identity", "audit", "documents", "requests", "notifications", "planning", "backlogs", "projects", "indicators", "coordination")) {
			Properties en = load(BUNDLES.resolve(module + ".properties"));
			assertThat(en.stringPropertyNames()).as(module).allSatisfy(key -> assertThat(key).startsWith(module + "."));
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties all = new Properties();
		for (Path english : englishBundles()) {
			all.putAll(load(english));
		}
		// Literal keys only: #{some.key} or #{some.key(...)}; computed keys (#{${...}}) are checked by their enums' tests.
		Pattern literalKey = Pattern.compile("#\\{([a-z][A-Za-z0-9_.-]*)[}(]");
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher used = literalKey.matcher(Files.readString(template));
				while (used.find()) {
					assertThat(all).as("%s uses #{%s}", TEMPLATES.relativize(template), used.group(1))
						.containsKey(used.group(1));
				}
			}
		}
	}

	private static List<Path> englishBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<Path> bundles = files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_"))
				.sorted()
				.toList();
			assertThat(bundles).isNotEmpty();
			return bundles;
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
