package org.thusong;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL is the default; it is started only when {@code THUSONG_DB_URL} names no
 * external server. With an external URL Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${thusong.db.url:}'.isBlank()")
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${thusong.data-dir}") String dataDir) throws IOException {
		Path folder = Path.of(dataDir).toAbsolutePath().normalize();
		EmbeddedPostgres postgres = EmbeddedDatabase.startDurable(folder);
		log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), folder.resolve("pg"));
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("thusong");
		return dataSource;
	}
}
