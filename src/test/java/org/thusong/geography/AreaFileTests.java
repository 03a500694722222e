package org.thusong.geography;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.thusong.geography.internal.ImportRejected;
import org.thusong.geography.internal.SouthAfricanAreaFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AreaFileTests {

	@Test
	void namesTheLineAndTheReasonOfEachBadRowOnce() {
		String file = """
				level,code,name,parent_level,parent_code
				country,ZA,South Africa,,
				province,EC,Eastern Cape,country
				planet,EC1,Nowhere,country,ZA
				ward,1,"broken
				""";
		ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
				() -> SouthAfricanAreaFile.read(new StringReader(file)));

		assertThat(rejected.problems()).extracting(ImportRejected.Problem::line).containsExactly(3, 4, 5);
		assertThat(rejected.problems().get(0).reason()).isEqualTo("expected 5 fields, found 4");
		assertThat(rejected.problems().get(1).reason()).contains("level 'planet'");
		assertThat(rejected.problems().get(2).reason()).isEqualTo("a quoted field is not closed before the end of the file");
		assertThat(rejected.problems().get(2).toString()).isEqualTo("line 5: a quoted field is not closed before the end of the file");
	}
}
