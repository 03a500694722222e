package org.thusong.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds or renames a department. */
record DepartmentForm(
		@NotBlank(message = "{organisations.error.departmentCode}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "{organisations.error.departmentCode}") String code,
		@NotBlank(message = "{organisations.error.departmentName}") @Size(max = 200, message = "{organisations.error.departmentName}") String name) {
}
