package org.thusong.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * With {@code thusong.demo=true}, creates once invented planning data, every title marked
 * "Demo": outcomes to align to; Mbhashe's IDP with last financial year's SDBIP, all four quarters
 * captured and mostly approved, and a few risks; Erzincan's stratejik plan (the amaç, hedefler
 * and faaliyetler of seed 003) with last year's performance programme. The current year is left
 * for the PMS officer to import. None of the figures is real.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "thusong.demo", havingValue = "true")
class DemoPlanning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

	private final JdbcClient jdbc;

	private final Plans plans;

	private final Sdbips sdbips;

	private final Actuals actuals;

	private final RiskRegister risks;

	private final Organisations organisations;

	private final PlanningClock clock;

	DemoPlanning(JdbcClient jdbc, Plans plans, Sdbips sdbips, Actuals actuals, RiskRegister risks, Organisations organisations,
			PlanningClock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.sdbips = sdbips;
		this.actuals = actuals;
		this.risks = risks;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("INSERT INTO planning_seed (name) VALUES ('demo-planning') ON CONFLICT DO NOTHING").update() == 0) {
			return;
		}
		plans.addOutcome("ZA-MTDP-2", "Demo: reliable basic services for every household (national outcome)", "NATIONAL", "ZA");
		plans.addOutcome("ZA-MTDP-5", "Demo: capable, ethical and developmental local government (national outcome)", "NATIONAL", "ZA");
		plans.addOutcome("EC-PDP-3", "Demo: connected rural Eastern Cape: roads and electricity (provincial outcome)", "PROVINCIAL", "ZA/EC");
		plans.addOutcome("TR-KAL-1", "Demo: katılımcı ve hesap verebilir yerel yönetim (ulusal hedef)", "NATIONAL", "TR");
		organisations.findByCode("EC121").ifPresent(this::mbhashe);
		organisations.findByCode("TR24-1318").ifPresent(this::erzincan);
		log.info("Created the demo planning data (Mbhashe IDP and SDBIP, Erzincan stratejik plan)");
	}

	private int lastYear(String areaPath) {
		LocalDate today = clock.today();
		int month = FinancialYear.startMonthFor(areaPath);
		int current = today.getMonthValue() >= month ? today.getYear() : today.getYear() - 1;
		return current - 1;
	}

	private void mbhashe(OrganisationSummary org) {
		int year = lastYear(org.jurisdictionPath());
		Scope scope = Scope.everything();
		Plans.Plan idp = plans.create(org, Plans.Kind.IDP, "Demo: Mbhashe IDP " + (year - 3) + "–" + (year + 1), year - 3, year + 1, true);
		long kpa1 = plans.addItem(idp.id(), null, "KPA1", "Basic service delivery and infrastructure", null, scope);
		plans.addItem(idp.id(), kpa1, "SO1.1", "Connect households to electricity", "EC-PDP-3", scope);
		plans.addItem(idp.id(), kpa1, "SO1.2", "Build and maintain access roads", "EC-PDP-3", scope);
		plans.addItem(idp.id(), kpa1, "SO1.3", "Extend refuse removal in towns", "ZA-MTDP-2", scope);
		long kpa2 = plans.addItem(idp.id(), null, "KPA2", "Local economic development", null, scope);
		plans.addItem(idp.id(), kpa2, "SO2.1", "Support small businesses and co-operatives", null, scope);
		plans.addItem(idp.id(), kpa2, "SO2.2", "Grow tourism along the Wild Coast", null, scope);
		long kpa3 = plans.addItem(idp.id(), null, "KPA3", "Financial viability and management", null, scope);
		plans.addItem(idp.id(), kpa3, "SO3.1", "Collect the revenue billed and pay creditors on time", "ZA-MTDP-5", scope);
		long kpa4 = plans.addItem(idp.id(), null, "KPA4", "Good governance and public participation", null, scope);
		plans.addItem(idp.id(), kpa4, "SO4.1", "Functional ward committees", "ZA-MTDP-5", scope);
		plans.addItem(idp.id(), kpa4, "SO4.2", "Plan land use through an adopted spatial framework", null, scope);

		List<KpiDraft> rows = List.of(
				kpi("TL1", "KPA1", "SO1.1", "Connect households to electricity", "Number of households newly connected to electricity",
						"households", 0, 1000, 300, 300, 200, 200, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "1-32",
						"TECHNICAL", "Director: Technical Services", "V-0451", 18_500_000, "Signed completion certificates per ward", true, null),
				kpi("TL2", "KPA1", "SO1.2", "Build and maintain access roads", "Kilometres of gravel access roads constructed", "km", 0, 50,
						10, 15, 15, 10, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "3, 7, 12, 19, 25", "TECHNICAL",
						"Manager: Roads", "V-0460", 24_000_000, "Completion certificates and site photos", true, null),
				kpi("TL3", "KPA1", "SO1.3", "Extend refuse removal in towns", "Percentage of town households with weekly refuse removal",
						"%", 58, 65, 60, 62, 64, 65, CalculationType.LAST_VALUE, Direction.HIGHER_IS_BETTER, "1, 2, 15", "COMMUNITY",
						"Manager: Waste", "V-0520", 3_200_000, "Collection schedules and route sheets", true, null),
				kpi("TL4", "KPA3", "SO3.1", "Collect the revenue billed and pay creditors on time", "Revenue collection rate", "%", 70, 75,
						75, 75, 75, 75, CalculationType.AVERAGE, Direction.HIGHER_IS_BETTER, "all", "FINANCE", "Chief Financial Officer",
						"V-0101", 0, "Monthly billing and receipts reports", true, null),
				kpi("TL5", "KPA3", "SO3.1", "Collect the revenue billed and pay creditors on time", "Days taken to pay creditors (worst month)",
						"days", 35, 30, 30, 30, 30, 30, CalculationType.MAXIMUM, Direction.LOWER_IS_BETTER, "all", "FINANCE",
						"Chief Financial Officer", "V-0102", 0, "Creditors age analysis", true, null),
				kpi("TL6", "KPA4", "SO4.1", "Functional ward committees", "Ward committee meetings held", "meetings", 340, 384, 96, 96, 96, 96,
						CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "1-32", "MM", "Speaker's office", "V-0020", 850_000,
						"Signed minutes and attendance registers", true, null),
				kpi("TL7", "KPA4", "SO4.2", "Plan land use through an adopted spatial framework",
						"Spatial Development Framework reviewed and adopted by council", "milestone", null, 1, 0, 0, 0, 1,
						CalculationType.MILESTONE, Direction.HIGHER_IS_BETTER, "all", "PLANNING", "Manager: Town Planning", "V-0610",
						1_200_000, "Council resolution adopting the SDF", true, null),
				kpi("TL8", "KPA2", "SO2.1", "Support small businesses and co-operatives", "Number of SMMEs and co-operatives supported",
						"SMMEs", 30, 40, 10, 10, 10, 10, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "all", "PLANNING",
						"LED Manager", null, 0, null, true, null),
				kpi("D1.1", "KPA1", "SO1.1", "Connect households to electricity", "Households connected in wards 1 to 16", "households", 0,
						500, 150, 150, 100, 100, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "1-16", "TECHNICAL",
						"Electrical engineer (north)", "V-0451", 9_250_000, "Signed completion certificates", false, "TL1"),
				kpi("D1.2", "KPA1", "SO1.1", "Connect households to electricity", "Households connected in wards 17 to 32", "households", 0,
						500, 150, 150, 100, 100, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "17-32", "TECHNICAL",
						"Electrical engineer (south)", "V-0451", 9_250_000, "Signed completion certificates", false, "TL1"),
				kpi("D2.1", "KPA1", "SO1.2", "Build and maintain access roads", "Kilometres of access roads regravelled by the municipal plant",
						"km", 0, 40, 10, 10, 10, 10, CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "all", "TECHNICAL",
						"Roads superintendent", "V-0461", 4_000_000, "Plant logbooks and site photos", false, "TL2"));
		Sdbip sdbip = sdbips.create(org, year, "Demo: Mbhashe SDBIP " + FinancialYear.of(year, org.jurisdictionPath()).label(), rows,
				null, true, "system");
		sdbips.addBudgetVote(sdbip.id(), "V-0451", "Electrification programme (INEP)", new BigDecimal("18500000"), scope);
		sdbips.addBudgetVote(sdbip.id(), "V-0470", "Community halls maintenance", new BigDecimal("2100000"), scope);
		Map<String, String[]> values = new HashMap<>();
		values.put("TL1", new String[] { "280", "310", "150", "240" });
		values.put("TL2", new String[] { "10", "12", "16", "10" });
		values.put("TL3", new String[] { "61", "62", "63", "66" });
		values.put("TL4", new String[] { "72", "74", "78", "77" });
		values.put("TL5", new String[] { "28", "33", "29", "25" });
		values.put("TL6", new String[] { "90", "96", "85", "96" });
		values.put("TL7", new String[] { "0", "0", "0", "1" });
		values.put("TL8", new String[] { "12", "9", "10", "14" });
		values.put("D1.1", new String[] { "140", "160", "70", "120" });
		values.put("D1.2", new String[] { "140", "150", "80", "120" });
		values.put("D2.1", new String[] { "8", "9", "12", "10" });
		capture(sdbip, values, "TL8", 4);

		risks.add(org, new RiskRegister.Draft("SO1.1", "Demo: Eskom bulk supply constraints delay new connections", 4, 5, 3, 4,
				"Quarterly planning meetings with Eskom; phased connection plan", "Director: Technical Services",
				"Apply for bulk upgrade in the adjustments budget", LocalDate.of(year + 1, 3, 31)), true, null);
		risks.add(org, new RiskRegister.Draft("SO1.2", "Demo: heavy rains wash away newly gravelled roads", 4, 4, 3, 3,
				"Drainage designed into every road; rapid repair crew", "Manager: Roads", "Stormwater maintenance plan",
				LocalDate.of(year + 1, 1, 31)), true, null);
		risks.add(org, new RiskRegister.Draft("SO3.1", "Demo: low collection in rural wards reduces cash flow", 5, 4, 4, 4,
				"Indigent register update; payment points in each town", "Chief Financial Officer", "Revenue enhancement strategy",
				LocalDate.of(year + 1, 6, 30)), true, null);
		risks.add(org, new RiskRegister.Draft("SO4.1", "Demo: ward committee members not paid stipends on time", 2, 3, 1, 2,
				"Monthly stipend run checked by the Speaker's office", "Speaker's office", null, null), true, null);
	}

	private void erzincan(OrganisationSummary org) {
		int year = lastYear(org.jurisdictionPath());
		Scope scope = Scope.everything();
		Plans.Plan plan = plans.create(org, Plans.Kind.STRATEGIC_PLAN, "Demo: Erzincan Belediyesi Stratejik Planı " + (year) + "–"
				+ (year + 4), year, year + 4, true);
		long a1 = plans.addItem(plan.id(), null, "A1", "Kurumsal yapıyı güçlendirmek ve kurumsallaşmayı tamamlamak", null, scope);
		long h11 = plans.addItem(plan.id(), a1, "H1.1",
				"Halkla ilişkilerin geliştirilmesi ve halkın belediye başkanına kolay ulaşılabilirliğini sağlamak", "TR-KAL-1", scope);
		long h12 = plans.addItem(plan.id(), a1, "H1.2", "Mahalle muhtarlarının ve STK'ların taleplerini takip etmek, belediye birimleri "
				+ "ile koordinasyonunu sağlamak", "TR-KAL-1", scope);
		String[][] h11f = { { "1.1.1", "Muhtarların ve STK'ların hizmet taleplerini takip etmek ve koordinasyonunu sağlamak" },
				{ "1.1.2", "Halk günü düzenlenmesi" }, { "1.1.3", "Mahalle Meclis toplantılarını organize etmek" },
				{ "1.1.4", "STK'larla şehrin sorunlarını istişare etmek" } };
		for (String[] f : h11f) {
			plans.addItem(plan.id(), h11, f[0], f[1], null, scope);
		}
		String[][] h12f = { { "1.2.1", "Muhtarlar ile mahalle bazlı hizmetlerin değerlendirilmesi için istişare toplantıları" },
				{ "1.2.2", "Muhtar Bilgi Sisteminin koordinasyonunun sağlanması" },
				{ "1.2.3", "Mahallelerin ihtiyaçlarının belirlenerek yatırım planlaması yapılması" },
				{ "1.2.4", "Muhtar ve STK taleplerinin daha kısa sürede çözüme kavuşturulması" } };
		for (String[] f : h12f) {
			plans.addItem(plan.id(), h12, f[0], f[1], null, scope);
		}
		String amac = "Kurumsal yapıyı güçlendirmek";
		List<KpiDraft> rows = List.of(
				kpi("1.1.1", amac, "H1.1", "Halkla ilişkiler", "Muhtar ve STK taleplerinin takip edilme oranı", "%", 80, 90, 90, 90, 90, 90,
						CalculationType.AVERAGE, Direction.HIGHER_IS_BETTER, "tüm mahalleler", "MUHTARLIK", "Muhtarlık İşleri Müdürü",
						"46.01", 150_000, "Talep takip sistemi raporu", true, null),
				kpi("1.1.2", amac, "H1.1", "Halkla ilişkiler", "Düzenlenen halk günü sayısı", "adet", 8, 12, 3, 3, 3, 3,
						CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "tüm mahalleler", "MUHTARLIK", "Muhtarlık İşleri Müdürü",
						"46.02", 60_000, "Katılım listeleri ve fotoğraflar", true, null),
				kpi("1.1.3", amac, "H1.1", "Halkla ilişkiler", "Yapılan mahalle meclisi toplantısı sayısı", "adet", 30, 40, 10, 10, 10, 10,
						CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "tüm mahalleler", "MUHTARLIK", "Muhtarlık İşleri Müdürü",
						"46.03", 40_000, "Toplantı tutanakları", true, null),
				kpi("1.2.1", amac, "H1.2", "Muhtar talepleri", "Muhtarlarla yapılan istişare toplantısı sayısı", "adet", 2, 4, 1, 1, 1, 1,
						CalculationType.CUMULATIVE, Direction.HIGHER_IS_BETTER, "tüm mahalleler", "MUHTARLIK", "Muhtarlık İşleri Müdürü",
						"46.04", 20_000, "Toplantı tutanakları", true, null),
				kpi("1.2.2", amac, "H1.2", "Muhtar talepleri", "Muhtar Bilgi Sisteminin devreye alınması", "kilometre taşı", null, 1, 0, 1,
						1, 1, CalculationType.MILESTONE, Direction.HIGHER_IS_BETTER, "tüm mahalleler", "MUHTARLIK",
						"Muhtarlık İşleri Müdürü", "46.05", 250_000, "Sistem kabul tutanağı", true, null),
				kpi("1.2.4", amac, "H1.2", "Muhtar talepleri", "Taleplerin ortalama çözüm süresi", "gün", 14, 10, 10, 10, 10, 10,
						CalculationType.AVERAGE, Direction.LOWER_IS_BETTER, "tüm mahalleler", "FEN", "Fen İşleri Müdürü", "46.06", 0,
						"Talep takip sistemi raporu", true, null));
		Sdbip sdbip = sdbips.create(org, year, "Demo: Erzincan Belediyesi Performans Programı " + year, rows, null, true, "system");
		Map<String, String[]> values = new HashMap<>();
		values.put("1.1.1", new String[] { "88", "91", "93", "90" });
		values.put("1.1.2", new String[] { "3", "2", "3", "4" });
		values.put("1.1.3", new String[] { "9", "10", "11", "10" });
		values.put("1.2.1", new String[] { "1", "1", "1", "1" });
		values.put("1.2.2", new String[] { "0", "0", "1", "1" });
		values.put("1.2.4", new String[] { "11", "9", "10", "8" });
		capture(sdbip, values, null, 0);
		risks.add(org, new RiskRegister.Draft("H1.2", "Demo: muhtarlardan gelen talep sayısının ani artışı", 3, 3, 2, 3,
				"Talepler tek birimden takip ediliyor", "Muhtarlık İşleri Müdürü", "Ek personel planlaması", null), true, null);
	}

	/** Captures every quarter as approved, except the named KPI's quarter, left submitted. */
	private void capture(Sdbip sdbip, Map<String, String[]> values, String pendingRef, int pendingQuarter) {
		BigDecimal band = sdbips.settings(sdbip.organisationCode()).partialBand();
		java.time.Instant at = clock.now();
		for (Kpi kpi : sdbips.kpis(sdbip.id())) {
			String[] v = values.get(kpi.ref());
			if (v == null) {
				continue;
			}
			for (int q = 1; q <= 4; q++) {
				BigDecimal value = new BigDecimal(v[q - 1]);
				KpiStatus status = PerformanceRules.quarterStatus(kpi.calculationType(), kpi.direction(), kpi.target(q), value, true, band);
				boolean varies = status != KpiStatus.MET;
				Actual actual = Actual.first(kpi, q, "demo.official", at);
				actual.capture(value, "Demo figure", varies ? "Demo: " + reason(status) : null,
						status == KpiStatus.NOT_MET || status == KpiStatus.PARTIALLY_MET ? "Demo: catch up in the next quarter" : null,
						status, "demo.official", at);
				actual.submit("demo.official", at);
				if (!(kpi.ref().equals(pendingRef) && q == pendingQuarter)) {
					actual.review("demo.manager", at);
					actual.verify("demo.pms", at);
					actual.approve("demo.pms", at);
				}
				actuals.save(actual);
			}
		}
	}

	private static String reason(KpiStatus status) {
		return switch (status) {
			case EXCEEDED -> "more done than planned (favourable weather, contractor ahead of schedule)";
			case PARTIALLY_MET, NOT_MET -> "delays (rain, late delivery of materials)";
			default -> "see comment";
		};
	}

	private static KpiDraft kpi(String ref, String kpa, String objectiveCode, String objective, String indicator, String unit,
			Integer baseline, int annual, int q1, int q2, int q3, int q4, CalculationType type, Direction direction, String wards,
			String department, String responsible, String vote, long amount, String evidence, boolean topLayer, String topLayerRef) {
		return new KpiDraft(ref, kpa, objectiveCode, objective, indicator, unit, baseline == null ? null : BigDecimal.valueOf(baseline),
				BigDecimal.valueOf(annual), BigDecimal.valueOf(q1), BigDecimal.valueOf(q2), BigDecimal.valueOf(q3), BigDecimal.valueOf(q4),
				type, direction, wards, department, responsible, vote, amount == 0 ? null : BigDecimal.valueOf(amount), evidence,
				topLayer, topLayerRef);
	}

}
