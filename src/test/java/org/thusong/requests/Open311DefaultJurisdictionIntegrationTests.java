package org.thusong.requests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest(properties = "thusong.open311.default-jurisdiction=EC121")
@AutoConfigureMockMvc
class Open311DefaultJurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDeploymentWithADefaultJurisdictionNeedsNoJurisdictionId() throws Exception {
		mvc.perform(get("/open311/v2/services/water-leak.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("water-leak"));
		mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk());
		mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "TR-NOPE"))
			.andExpect(status().isNotFound());
	}
}
