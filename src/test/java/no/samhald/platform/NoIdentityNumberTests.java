package no.samhald.platform;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoIdentityNumberTests {

	static class Note {

		@NoIdentityNumber
		String text;

		Note(String text) {
			this.text = text;
		}

	}

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aFieldCarryingAnIdentityNumberInAnyGroupingIsRefused() {
		assertThat(validator.validate(new Note("Pasient 13 07 55 30638 vart send heim.")))
			.extracting(v -> v.getPropertyPath().toString())
			.containsExactly("text");
	}

	@Test
	void ordinaryTextAndAnEmptyFieldPass() {
		assertThat(validator.validate(new Note("Møte 13.07.2025, sak 25/01234-3, tlf. 57 83 90 00"))).isEmpty();
		assertThat(validator.validate(new Note(null))).isEmpty();
	}

}
