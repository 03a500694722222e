package org.thusong.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Qualifier;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person trying Thusong with the demo finds: Mbhashe's support plan with the province's and
 * the district's finance support flagged as a possible duplicate and an engineering gap nobody
 * answers, and a forum audit where the two IGR forums overlap most. (Same properties as
 * ScopeIntegrationTests, so the two share one started application.)
 */
@ThusongIntegrationTest(properties = { "thusong.demo=true", "thusong.admin-password=platform-admin-1" })
class DemoCoordinationIntegrationTests {

	@Autowired
	SupportRegister support;

	@Autowired
	Forums forums;

	@Autowired
	@Qualifier("demoCoordination")
	ApplicationRunner demo;

	@Test
	void theDemoShowsAFlaggedDuplicateAnUnansweredGapAndOverlappingForumsOnce() throws Exception {
		demo.run(new DefaultApplicationArguments());

		SupportRegister.Plan plan = support.plan("EC121", Scope.of("ZA/EC"));
		assertThat(plan.interventions()).filteredOn(i -> i.title().startsWith("Demo:")).hasSize(3);
		assertThat(plan.duplications()).hasSize(1);
		assertThat(plan.duplications().get(0).first().area()).isEqualTo(SupportArea.FINANCE);
		assertThat(plan.gapsWithoutSupport()).extracting(SupportRegister.Gap::area).containsExactly(SupportArea.ENGINEERING);

		Forums.Audit audit = forums.audit(Scope.of("ZA/EC"));
		assertThat(audit.overlaps()).isNotEmpty();
		Forums.Overlap most = audit.overlaps().get(0);
		assertThat(most.first().name() + " / " + most.second().name()).contains("IGR forum").doesNotContain("Back to Basics");
		assertThat(audit.organisations()).filteredOn(f -> f.who().equals("EC121")).singleElement()
			.satisfies(f -> assertThat(f.name()).isEqualTo("Mbhashe Local Municipality"))
			.satisfies(f -> assertThat(f.meetingsPerMonth()).isEqualTo(2.3));
	}
}
