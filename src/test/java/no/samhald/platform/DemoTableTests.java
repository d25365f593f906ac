package no.samhald.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo table's rows, read from the plan's demo table: comments passed over, fields stripped, empty ones kept. */
class DemoTableTests {

	@Test
	void readsRowsWithEmptyFieldsAndWithoutComments() {
		List<List<String>> rows = DemoTable.rows("plan/demo/vestfold-2025.txt");
		assertThat(rows).allSatisfy(row -> assertThat(row.get(0)).isIn("area", "measure", "status"));
		assertThat(rows.get(0)).containsExactly("area", "Personer med alvorlige psykiske lidelser og rusproblemer", "");
		assertThat(rows.get(2)).containsExactly("status", "2025-02-01", "PLANNED", "");
	}

}
