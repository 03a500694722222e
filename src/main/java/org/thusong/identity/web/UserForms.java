package org.thusong.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thusong.identity.Role;

/** The forms of the user pages, all text so that bad input is a message next to the field. */
final class UserForms {

	private UserForms() {
	}

	record NewUserForm(
			@NotBlank(message = "{identity.error.username}") @Size(max = 60, message = "{identity.error.username}") String username,
			@NotBlank(message = "{identity.error.fullName}") @Size(max = 200, message = "{identity.error.fullName}") String fullName,
			@Size(max = 254, message = "{identity.error.email}") String email,
			@NotBlank(message = "{identity.error.password}") String password,
			List<String> roles,
			String organisationCode) {

		static NewUserForm empty(String organisationCode) {
			return new NewUserForm("", "", "", "", List.of(), organisationCode == null ? "" : organisationCode);
		}

		public boolean has(Role role) {
			return roles != null && roles.contains(role.name());
		}
	}

	record UserEditForm(
			@NotBlank(message = "{identity.error.fullName}") @Size(max = 200, message = "{identity.error.fullName}") String fullName,
			@Size(max = 254, message = "{identity.error.email}") String email,
			List<String> roles,
			String organisationCode) {

		public boolean has(Role role) {
			return roles != null && roles.contains(role.name());
		}
	}

	record PasswordForm(@NotBlank(message = "{identity.error.currentPassword}") String currentPassword,
			@NotBlank(message = "{identity.error.password}") String newPassword,
			@NotBlank(message = "{identity.error.confirmPassword}") String confirmPassword) {
	}

	record ApiKeyForm(@NotBlank(message = "{identity.error.keyName}") @Size(max = 100, message = "{identity.error.keyName}") String name,
			List<String> roles, String organisationCode) {

		static ApiKeyForm empty() {
			return new ApiKeyForm("", List.of(), "");
		}

		public boolean has(Role role) {
			return roles != null && roles.contains(role.name());
		}
	}

	/** Roles from checkbox values; unknown values are ignored (a browser sends only ours). */
	static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			for (String name : names) {
				for (Role role : Role.values()) {
					if (role.name().equals(name)) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}
}
