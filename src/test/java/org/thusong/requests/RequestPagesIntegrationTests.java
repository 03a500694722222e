package org.thusong.requests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The requests desk's pages over HTTP: the public form and status page without signing in, the
 * staff queue and request page within the reader's scope, the contact-centre console and a
 * community representative's page, in English and Turkish.
 */
@ThusongIntegrationTest(properties = "thusong.requests.public-rate-limit=3")
@AutoConfigureMockMvc
class RequestPagesIntegrationTests {

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestDesk desk;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor staff(String username, Role role, String organisation, String path) {
		return user(new ThusongUser(7, username, username, Set.of(role), organisation, Scope.of(path), false, "x"));
	}

	static RequestPostProcessor mbhasheOfficer() {
		return staff("mbhashe.officer", Role.OFFICER, "EC121", MBHASHE);
	}

	static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xcc3300);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	ServiceRequest fileInMbhashe(String description, String phone) {
		return desk.file(new NewServiceRequest("EC121", "pothole", RequestKind.COMPLAINT, description, null, null, "21201032",
				null, "Main road by the taxi rank", "Nomsa Dlamini", phone, "nomsa@example.org", FiledBy.CITIZEN, Channel.WEB,
				Map.of()), null);
	}

	int requestsDescribed(String description) {
		return jdbc.sql("SELECT count(*) FROM service_request WHERE description = :d").param("d", description)
			.query(Integer.class).single();
	}

	MockMultipartHttpServletRequestBuilder report(String service, String description) {
		MockMultipartHttpServletRequestBuilder builder = multipart("/report/EC121");
		builder.param("service", service).param("kind", "COMPLAINT").param("description", description).param("ward", "21201032");
		return builder;
	}

	@Test
	void publicFormOffersGroupedServicesQuestionsAndWardsInEnglishAndTurkish() throws Exception {
		mvc.perform(get("/report/EC121"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report a problem to Mbhashe")))
			.andExpect(content().string(containsString("Water leak")))
			.andExpect(content().string(containsString("Water running from a burst")))
			.andExpect(content().string(containsString("Where is the leak?")))
			.andExpect(content().string(containsString("value=\"21201032\"")))
			.andExpect(content().string(containsString("/report/EC121/map.geojson")));
		mvc.perform(get("/report/EC121").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("için sorun bildirin")))
			.andExpect(content().string(containsString("Su kaçağı")))
			.andExpect(content().string(containsString("Kaçak nerede?")));
		mvc.perform(get("/report/NOWHERE")).andExpect(status().isNotFound());
	}

	@Test
	void mapOfTheMunicipalityIsPublicGeoJson() throws Exception {
		mvc.perform(get("/report/EC121/map.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(content().string(containsString("\"FeatureCollection\"")));
	}

	@Test
	void citizenFilesWithAWardAndAPhotoAndGetsTheReference() throws Exception {
		MvcResult result = mvc.perform(report("pothole", "A deep pothole near the clinic")
			.file(new MockMultipartFile("photos", "hole.png", "image/png", png()))
			.with(csrf()).with(from("10.1.0.1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/report/EC121/filed"))
			.andReturn();
		String reference = (String) result.getFlashMap().get("reference");
		assertThat(reference).matches("EC121-20\\d\\d-\\d{6}");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM service_request_photo p JOIN service_request r ON r.id = p.request_id
				 WHERE r.reference = :ref""").param("ref", reference).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT ward_code FROM service_request WHERE reference = :ref").param("ref", reference)
			.query(String.class).single()).isEqualTo("21201032");

		mvc.perform(get("/report/EC121/filed")
			.cookie(result.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("/status/" + reference)));
		mvc.perform(get("/report/EC121/filed")).andExpect(redirectedUrl("/report/EC121"));
	}

	@Test
	void badInputComesBackWithTheMessageNextToItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(report("pothole", "").with(csrf()).with(from("10.2.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"description-error\"")))
			.andExpect(content().string(containsString("Describe the problem")));
		mvc.perform(report("pothole", "Hole with a bad phone").param("phone", "call me").with(csrf()).with(from("10.2.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"phone-error\"")))
			.andExpect(content().string(containsString("value=\"call me\"")));
		mvc.perform(report("water-leak", "Leak without saying where").with(csrf()).with(from("10.2.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"answer-water-leak-where-error\"")));
		mvc.perform(report("pothole", "Hole in Turkish").param("email", "nope").param("lang", "tr").with(csrf())
			.with(from("10.2.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("gibi bir e-posta adresi yazın")));
		mvc.perform(report("pothole", "Text pretending to be a photo")
			.file(new MockMultipartFile("photos", "hole.png", "image/png", "not an image at all".getBytes()))
			.with(csrf()).with(from("10.2.0.1")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("id=\"photos-error\"")));
		assertThat(requestsDescribed("Hole with a bad phone")).isZero();
		assertThat(requestsDescribed("Leak without saying where")).isZero();
		assertThat(requestsDescribed("Text pretending to be a photo")).isZero();
	}

	@Test
	void anonymousFilingsPastTheHourlyLimitAreRefusedWith429() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(report("pothole", "Limit " + i).with(csrf()).with(from("10.3.0.1")))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(report("pothole", "One too many").with(csrf()).with(from("10.3.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many reports")));
		assertThat(requestsDescribed("One too many")).isZero();
		mvc.perform(report("pothole", "Another address").with(csrf()).with(from("10.3.0.2")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void statusPageShowsProgressWithoutPersonalData() throws Exception {
		ServiceRequest request = fileInMbhashe("Pothole for the status page", "+27 82 555 0177");
		mvc.perform(get("/status").param("reference", request.reference().toLowerCase()))
			.andExpect(redirectedUrl("/status/" + request.reference()));
		mvc.perform(get("/status/" + request.reference()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Submitted")))
			.andExpect(content().string(containsString("Pothole")))
			.andExpect(content().string(containsString("Africa/Johannesburg")))
			.andExpect(content().string(not(containsString("Nomsa"))))
			.andExpect(content().string(not(containsString("0177"))))
			.andExpect(content().string(not(containsString("nomsa@example.org"))));
		mvc.perform(get("/status/" + request.reference()).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alındı")))
			.andExpect(content().string(containsString("Yolda çukur")));
		mvc.perform(get("/status/EC121-1999-000999")).andExpect(status().isNotFound());
	}

	@Test
	void reporterRatesAResolvedRequestOrReopensIt() throws Exception {
		ServiceRequest request = fileInMbhashe("Pothole to rate", null);
		Scope scope = Scope.of(MBHASHE);
		desk.assign(request.reference(), "TECHNICAL", null, "mbhashe.manager", scope);
		desk.resolve(request.reference(), "Filled with cold asphalt", "mbhashe.officer", scope);

		mvc.perform(get("/status/" + request.reference()))
			.andExpect(content().string(containsString("Resolved")))
			.andExpect(content().string(containsString("Filled with cold asphalt")))
			.andExpect(content().string(containsString("id=\"rate-form\"")))
			.andExpect(content().string(containsString("id=\"reopen-form\"")));
		mvc.perform(post("/status/" + request.reference() + "/rating").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"rating-error\"")));
		mvc.perform(post("/status/" + request.reference() + "/rating").param("stars", "5").param("comment", "Quick work")
			.with(csrf()))
			.andExpect(redirectedUrl("/status/" + request.reference()))
			.andExpect(flash().attribute("done", "Thank you for your rating."));
		assertThat(jdbc.sql("SELECT rating FROM service_request WHERE reference = :r").param("r", request.reference())
			.query(Integer.class).single()).isEqualTo(5);

		mvc.perform(post("/status/" + request.reference() + "/reopen").param("reason", "").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/status/" + request.reference() + "/reopen").param("reason", "The hole is back after the rain")
			.with(csrf()))
			.andExpect(redirectedUrl("/status/" + request.reference()));
		mvc.perform(get("/status/" + request.reference()))
			.andExpect(content().string(containsString("Reopened")))
			.andExpect(content().string(containsString("The hole is back after the rain")));
		mvc.perform(post("/status/" + request.reference() + "/rating").param("stars", "5")).andExpect(status().isForbidden());
	}

	@Test
	void staffQueueAndRequestPageStayInsideTheReadersScope() throws Exception {
		ServiceRequest request = fileInMbhashe("Pothole only Mbhashe sees", "+27 82 555 0155");
		RequestPostProcessor mnquma = staff("mnquma.officer", Role.OFFICER, "EC122", "ZA/EC/DC12/EC122");

		mvc.perform(get("/requests").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(request.reference())))
			.andExpect(content().string(containsString("left")));
		mvc.perform(get("/requests").param("lang", "tr").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talepler")))
			.andExpect(content().string(containsString("kaldı")));
		mvc.perform(get("/requests").param("status", "open").param("q", "+27825550155").param("sort", "NEWEST_FIRST")
			.param("ward", "21201032").param("service", "pothole").with(mbhasheOfficer()))
			.andExpect(content().string(containsString(request.reference())));
		mvc.perform(get("/requests").param("status", "RESOLVED").with(mbhasheOfficer()))
			.andExpect(content().string(not(containsString(request.reference()))));
		mvc.perform(get("/requests").param("status", "nonsense").with(mbhasheOfficer())).andExpect(status().isBadRequest());

		mvc.perform(get("/requests/" + request.reference()).with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+27825550155")))
			.andExpect(content().string(containsString("id=\"acknowledge\"")))
			.andExpect(content().string(not(containsString("id=\"close\""))));

		mvc.perform(get("/requests").with(mnquma))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(request.reference()))));
		mvc.perform(get("/requests/" + request.reference()).with(mnquma)).andExpect(status().isNotFound());
		mvc.perform(post("/requests/" + request.reference() + "/acknowledge").with(mnquma).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/requests").with(staff("ward.councillor", Role.COMMUNITY_REPRESENTATIVE, "EC121", MBHASHE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffMoveARequestThroughItsLifecycleOnItsPage() throws Exception {
		ServiceRequest request = fileInMbhashe("Pothole to work on", null);
		String page = "/requests/" + request.reference();
		mvc.perform(post(page + "/acknowledge").with(mbhasheOfficer()).with(csrf()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/assign").param("department", "TECHNICAL").param("officer", "mbhashe.officer")
			.with(mbhasheOfficer()).with(csrf()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/resolve").param("note", "").with(mbhasheOfficer()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"resolve-error\"")));
		mvc.perform(post(page + "/note").param("note", "Crew booked for Tuesday").with(mbhasheOfficer()).with(csrf()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/resolve").param("note", "Filled").with(mbhasheOfficer()).with(csrf()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/acknowledge").with(mbhasheOfficer()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get(page).with(mbhasheOfficer()))
			.andExpect(content().string(containsString("Resolved")))
			.andExpect(content().string(containsString("Crew booked for Tuesday")))
			.andExpect(content().string(containsString("internal")))
			.andExpect(content().string(containsString("id=\"close\"")));
		mvc.perform(get("/status/" + request.reference()))
			.andExpect(content().string(not(containsString("Crew booked for Tuesday"))));
		mvc.perform(post(page + "/close").with(staff("auditor.mbhashe", Role.AUDITOR, "EC121", MBHASHE)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void bulkAssignmentAssignsEachAndReportsThoseThatFailed() throws Exception {
		ServiceRequest first = fileInMbhashe("Bulk one", null);
		ServiceRequest second = fileInMbhashe("Bulk two", null);
		ServiceRequest rejected = fileInMbhashe("Bulk rejected", null);
		desk.reject(rejected.reference(), "Private property", "mbhashe.manager", Scope.of(MBHASHE));

		MvcResult result = mvc.perform(post("/requests/assign").param("selected", first.reference(), second.reference(),
				rejected.reference()).param("department", "COMMUNITY").with(mbhasheOfficer()).with(csrf()))
			.andExpect(redirectedUrl("/requests"))
			.andReturn();
		assertThat((String) result.getFlashMap().get("done")).startsWith("2 request(s) assigned to COMMUNITY");
		@SuppressWarnings("unchecked")
		List<String> failures = (List<String>) result.getFlashMap().get("failures");
		assertThat(failures).hasSize(1).first().asString().contains(rejected.reference()).contains("Rejected")
			.contains("cannot become Assigned");
		MvcResult turkish = mvc.perform(post("/requests/assign").param("selected", rejected.reference())
				.param("department", "COMMUNITY").param("lang", "tr").with(mbhasheOfficer()).with(csrf()))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> reasons = (List<String>) turkish.getFlashMap().get("failures");
		assertThat(reasons).singleElement().asString().contains(rejected.reference()).contains("durumuna geçemez");
		assertThat(jdbc.sql("SELECT count(*) FROM service_request WHERE department_code = 'COMMUNITY' AND status = 'ASSIGNED'"
				+ " AND description LIKE 'Bulk%'").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void contactCentreFindsACallerByPhoneAndFilesForThem() throws Exception {
		ServiceRequest earlier = fileInMbhashe("Earlier call", "+27 82 555 0199");
		RequestPostProcessor agent = staff("agent.mbhashe", Role.AGENT, "EC121", MBHASHE);
		mvc.perform(get("/requests/console").param("q", "082 555 0199").with(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(earlier.reference()))));
		mvc.perform(get("/requests/console").param("q", "+27825550199").with(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(earlier.reference())))
			.andExpect(content().string(containsString("Mbhashe")));
		mvc.perform(get("/requests/console").param("lang", "tr").with(agent))
			.andExpect(content().string(containsString("Çağrı merkezi")));

		mvc.perform(post("/requests/console").param("service", "refuse-not-collected").param("ward", "21201032")
			.param("description", "").param("channel", "PHONE").with(agent).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"description-error\"")));
		MvcResult filed = mvc.perform(post("/requests/console").param("service", "refuse-not-collected")
			.param("ward", "21201032").param("description", "Bins not collected on Monday").param("name", "Sipho")
			.param("phone", "+27825550199").param("channel", "PHONE").param("kind", "COMPLAINT").with(agent).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = filed.getResponse().getRedirectedUrl().replace("/requests/", "");
		assertThat(jdbc.sql("SELECT filed_by_kind || ' ' || channel || ' ' || filed_by_user FROM service_request WHERE reference = :r")
			.param("r", reference).query(String.class).single()).isEqualTo("AGENT PHONE agent.mbhashe");
		mvc.perform(get("/requests/console").with(mbhasheOfficer())).andExpect(status().isForbidden());
	}

	@Test
	void communityRepresentativeSeesTheAreasRequestsAndFilesForResidents() throws Exception {
		ServiceRequest request = fileInMbhashe("Pothole the councillor follows", null);
		RequestPostProcessor councillor = staff("ward.councillor", Role.COMMUNITY_REPRESENTATIVE, "EC121", MBHASHE);
		mvc.perform(get("/requests/my-area").with(councillor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(request.reference())))
			.andExpect(content().string(containsString("Submitted")))
			.andExpect(content().string(containsString("/report/EC121")));
		mvc.perform(get("/requests/my-area").param("lang", "tr").with(councillor))
			.andExpect(content().string(containsString("Bölgenizdeki talepler")));
		mvc.perform(report("pothole", "Filed by the councillor for a resident").with(councillor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT filed_by_kind || ' ' || filed_by_user FROM service_request WHERE description = :d")
			.param("d", "Filed by the councillor for a resident").query(String.class).single())
			.isEqualTo("COMMUNITY_REPRESENTATIVE ward.councillor");
	}

	@Test
	void homePageAndMenuLeadStaffToTheRequests() throws Exception {
		mvc.perform(get("/").with(mbhasheOfficer()))
			.andExpect(content().string(containsString("id=\"nav-requests\"")))
			.andExpect(content().string(containsString("id=\"card-requests\"")));
		mvc.perform(get("/").with(staff("ward.councillor", Role.COMMUNITY_REPRESENTATIVE, "EC121", MBHASHE)))
			.andExpect(content().string(not(containsString("id=\"nav-requests\""))))
			.andExpect(content().string(containsString("/requests/my-area")));
	}
}
