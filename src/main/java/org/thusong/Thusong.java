package org.thusong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Thusong: where a municipality and the spheres of government that support it plan, deliver,
 * monitor and account for services. One deployable modular monolith; each direct sub-package is
 * an application module verified by Spring Modulith.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
@EnableScheduling
public class Thusong {

	public static void main(String[] args) {
		SpringApplication.run(Thusong.class, args);
	}
}
