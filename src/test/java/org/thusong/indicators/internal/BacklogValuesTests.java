package org.thusong.indicators.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thusong.backlogs.Backlogs.Survey;
import org.thusong.backlogs.BasicService;

import static org.assertj.core.api.Assertions.assertThat;

/** Which demarcation's figures of a survey become values: the newest of each country, never two. */
class BacklogValuesTests {

	@Test
	void aSurveyHeldOnTwoDemarcationsIsKeptOnceFromTheNewest() {
		Survey water2011On2011 = new Survey("ZA-2011", BasicService.WATER, 2011, "persons");
		Survey water2011On2016 = new Survey("ZA-2016", BasicService.WATER, 2011, "persons");
		Survey sanitation2011On2011 = new Survey("ZA-2011", BasicService.SANITATION, 2011, "persons");
		Survey sanitation2016On2016 = new Survey("ZA-2016", BasicService.SANITATION, 2016, "households");
		Survey turkish = new Survey("TR-2024", BasicService.WATER, 2011, "persons");

		assertThat(BacklogValues.newest(List.of(water2011On2016, water2011On2011, sanitation2011On2011, sanitation2016On2016,
				turkish)))
			.containsExactlyInAnyOrder(water2011On2016, sanitation2011On2011, sanitation2016On2016, turkish);
		assertThat(BacklogValues.newest(List.of(water2011On2011, water2011On2016))).containsExactly(water2011On2016);
	}
}
