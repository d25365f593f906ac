package no.samhald.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangedFieldsTests {

	record Stored(String title, Integer year, String note, int version) {
	}

	record Typed(String title, Integer year, String note, int version) {
	}

	record TypedWithExtra(String title, String unknown, int version) {
	}

	@Test
	void listsTheComponentsThatDifferButNotTheVersion() {
		var stored = new Stored("Avtale", 2024, "x", 3);
		assertThat(ChangedFields.between(new Typed("Avtale", 2025, "x", 1), stored)).isEqualTo(List.of("year"));
		assertThat(ChangedFields.between(new Typed("Anna", 2024, "y", 3), stored)).containsExactly("title", "note");
	}

	@Test
	void blankAndMissingTextAreTheSame() {
		var stored = new Stored(" Avtale ", 2024, null, 0);
		assertThat(ChangedFields.between(new Typed("Avtale", 2024, "  ", 0), stored)).isEmpty();
	}

	@Test
	void aComponentTheStoredThingLacksIsAMistake() {
		assertThatThrownBy(() -> ChangedFields.between(new TypedWithExtra("Avtale", "z", 0), new Stored("Avtale", 1, null, 0)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("unknown");
	}

}
