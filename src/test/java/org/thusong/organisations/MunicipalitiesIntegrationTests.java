package org.thusong.organisations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationManagement.Changes;
import org.thusong.organisations.OrganisationManagement.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ThusongIntegrationTest
class MunicipalitiesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationManagement management;

	@Autowired
	List<ApplicationRunner> runners;

	int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	@Test
	void createsAMunicipalityForEveryMunicipalAreaOnStart() {
		assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'MUNICIPALITY' AND jurisdiction_path LIKE 'ZA/%'"))
			.isEqualTo(44 + 213);
		assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'MUNICIPALITY' AND jurisdiction_path LIKE 'TR/%'"))
			.isEqualTo(973);
		assertThat(organisations.findByCode("EC121").orElseThrow().name()).isEqualTo("Mbhashe Local Municipality");
		assertThat(organisations.findByCode("dc12").orElseThrow().name()).isEqualTo("Amathole District Municipality");
		assertThat(organisations.findByCode("JHB").orElseThrow().name())
			.isEqualTo("City of Johannesburg Metropolitan Municipality");
		assertThat(jdbc.sql("SELECT name FROM organisation WHERE jurisdiction_path LIKE 'TR/TR24/%' ORDER BY name")
			.query(String.class).list()).contains("Erzincan Belediyesi", "Kemah Belediyesi").doesNotContain("Merkez Belediyesi");
	}

	@Test
	void givesEachMunicipalityItsDefaultDepartments() {
		Organisation mbhashe = management.find("EC121", Scope.everything()).orElseThrow();
		assertThat(mbhashe.departments()).extracting(Department::name)
			.containsExactly("Office of the Municipal Manager", "Corporate Services", "Finance (Budget and Treasury)",
					"Technical Services", "Community Services", "Planning and Development");
		String erzincan = jdbc.sql("SELECT code FROM organisation WHERE name = 'Erzincan Belediyesi'").query(String.class).single();
		assertThat(management.find(erzincan, Scope.everything()).orElseThrow().departments()).extracting(Department::name)
			.contains("Fen İşleri Müdürlüğü", "Zabıta Müdürlüğü");
	}

	@Test
	void startingAgainCreatesNothingAndKeepsRemovedDepartmentsRemoved() throws Exception {
		management.removeDepartment("EC122", "PLANNING", Scope.everything());
		int before = count("SELECT count(*) FROM organisation");
		for (ApplicationRunner runner : runners) {
			runner.run(null);
		}
		assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);
		assertThat(management.find("EC122", Scope.everything()).orElseThrow().departments()).hasSize(5);
		assertThat(count("SELECT count(*) FROM identity_user WHERE username = 'admin'")).isEqualTo(1);
	}

	@Test
	void refusesDuplicateCodesInAnyCaseAndUnknownAreas() {
		assertThatThrownBy(() -> management.register(new Registration("ec121", "Another", OrganisationKind.NGO, "EC121",
				List.of(), false), Scope.everything())).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> management.register(new Registration("NGO-X", "Another", OrganisationKind.NGO, "XX999",
				List.of(), false), Scope.everything())).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("jurisdictionAreaCode");
	}

	@Test
	void changesAreAuditedAndPublishedWhenTheJurisdictionMoves() {
		management.register(new Registration("EC-NGO-9", "Eastern Cape Helpers", OrganisationKind.NGO, "EC121",
				List.of(new Department("OPS", "Operations")), false), Scope.everything());
		management.change("EC-NGO-9", new Changes("Eastern Cape Helpers Trust", OrganisationKind.NGO, "EC122"), Scope.everything());
		Organisation moved = management.find("EC-NGO-9", Scope.of("ZA/EC/DC12/EC122")).orElseThrow();
		assertThat(moved.name()).isEqualTo("Eastern Cape Helpers Trust");
		assertThat(management.find("EC-NGO-9", Scope.of("ZA/EC/DC12/EC121"))).isEmpty();
		assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'organisation' AND entity_id = 'EC-NGO-9'"))
			.isEqualTo(2);
	}
}
