package org.thusong.requests.internal;

import java.util.List;

import org.thusong.requests.AttributeType;
import org.thusong.requests.Priority;
import org.thusong.requests.ServiceAttribute;
import org.thusong.requests.ServiceAttribute.Choice;

/**
 * The catalogue a municipality starts with, in English and Turkish: the services residents ask
 * for most, each owned by the department that usually does the work (South African and Turkish
 * municipalities name their departments differently), with a target time and extra questions.
 * An administrator changes it per municipality afterwards.
 */
public final class DefaultCatalogue {

	/** One default service; {@code zaDepartment}/{@code trDepartment} are department codes. */
	public record Entry(String code, String group, String nameEn, String nameTr, String descriptionEn, String descriptionTr,
			String zaDepartment, String trDepartment, int targetHours, Priority priority, String keywords,
			List<ServiceAttribute> attributes) {
	}

	private DefaultCatalogue() {
	}

	private static ServiceAttribute list(String code, boolean required, int position, String en, String tr, Choice... choices) {
		return new ServiceAttribute(code, AttributeType.SINGLEVALUELIST, required, position, en, tr, List.of(choices));
	}

	public static final List<Entry> ENTRIES = List.of(
			new Entry("water-leak", "water", "Water leak", "Su kaçağı", "Water running from a burst or leaking pipe, valve or meter.",
					"Patlak ya da sızdıran boru, vana veya sayaçtan akan su.", "TECHNICAL", "FEN", 24, Priority.HIGH,
					"burst pipe leak meter", List.of(list("where", true, 1, "Where is the leak?", "Kaçak nerede?",
							new Choice("street", "In the street", "Sokakta"), new Choice("meter", "At the meter", "Sayaçta"),
							new Choice("property", "On a property", "Bir mülkte")))),
			new Entry("no-water", "water", "No water", "Su kesintisi", "No water comes out of the tap.",
					"Musluktan su gelmiyor.", "TECHNICAL", "FEN", 24, Priority.HIGH, "outage supply tap",
					List.of(new ServiceAttribute("since", AttributeType.DATETIME, false, 1, "Since when?", "Ne zamandan beri?",
							List.of()),
							new ServiceAttribute("households", AttributeType.NUMBER, false, 2, "How many households are affected?",
									"Kaç hane etkileniyor?", List.of()))),
			new Entry("sewer-blockage", "sanitation", "Sewer blockage or overflow", "Kanalizasyon tıkanıklığı",
					"Sewage overflowing from a manhole, toilet or drain.", "Rögar, tuvalet veya giderden taşan atık su.",
					"TECHNICAL", "FEN", 48, Priority.HIGH, "sewage manhole drain", List.of()),
			new Entry("refuse-not-collected", "refuse", "Refuse not collected", "Çöp toplanmadı",
					"Refuse was not collected on the scheduled day.", "Çöpler belirlenen günde toplanmadı.", "COMMUNITY",
					"TEMIZLIK", 72, Priority.NORMAL, "garbage rubbish bin collection",
					List.of(new ServiceAttribute("missed-day", AttributeType.DATETIME, false, 1, "Which collection day was missed?",
							"Hangi toplama günü atlandı?", List.of()))),
			new Entry("illegal-dumping", "refuse", "Illegal dumping", "Kaçak döküm", "Rubble or refuse dumped where it should not be.",
					"Moloz veya çöpün izinsiz yere dökülmesi.", "COMMUNITY", "TEMIZLIK", 120, Priority.NORMAL, "dump rubble waste",
					List.of()),
			new Entry("pothole", "roads", "Pothole", "Yolda çukur", "A hole in a road surface.", "Yol yüzeyinde çukur.",
					"TECHNICAL", "FEN", 168, Priority.NORMAL, "road hole tar asphalt",
					List.of(list("size", false, 1, "How big is it?", "Ne kadar büyük?",
							new Choice("small", "Smaller than a plate", "Tabaktan küçük"),
							new Choice("medium", "Up to a car wheel", "Araba tekerleği kadar"),
							new Choice("large", "Larger than a car wheel", "Araba tekerleğinden büyük")))),
			new Entry("streetlight-out", "electricity", "Streetlight out", "Sokak lambası yanmıyor",
					"A streetlight or high-mast light is not working.", "Sokak lambası veya yüksek direk aydınlatması çalışmıyor.",
					"TECHNICAL", "FEN", 120, Priority.NORMAL, "light lamp pole dark",
					List.of(new ServiceAttribute("pole-number", AttributeType.STRING, false, 1, "Pole number, if you can see one",
							"Görebiliyorsanız direk numarası", List.of()))),
			new Entry("electricity-outage", "electricity", "Electricity outage", "Elektrik kesintisi",
					"No electricity in a home or street (where the municipality supplies it).",
					"Evde veya sokakta elektrik yok (belediyenin sağladığı yerlerde).", "TECHNICAL", "FEN", 8, Priority.URGENT,
					"power outage prepaid", List.of()),
			new Entry("stray-animals", "community", "Stray animals", "Sahipsiz hayvanlar", "Stray or dangerous animals.",
					"Sahipsiz veya tehlikeli hayvanlar.", "COMMUNITY", "ZABITA", 72, Priority.NORMAL, "dogs cattle animals",
					List.of()),
			new Entry("noise", "community", "Noise", "Gürültü", "Noise that disturbs residents.", "Mahalle sakinlerini rahatsız eden gürültü.",
					"COMMUNITY", "ZABITA", 72, Priority.LOW, "loud music tavern", List.of(new ServiceAttribute("details",
							AttributeType.TEXT, false, 1, "When does it happen?", "Ne zaman oluyor?", List.of()))),
			new Entry("general-enquiry", "general", "General enquiry", "Genel bilgi talebi", "Any other question or request.",
					"Diğer her türlü soru veya talep.", "MM", "MUHTARLIK", 120, Priority.LOW, "question information", List.of()));
}
