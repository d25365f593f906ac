package no.samhald.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a form's error summary ({@link FormErrorOrder}); a whole form's summary, sent many
 * times, is checked in {@code FormBindingTests}.
 */
class FormErrorOrderTests {

	/** The form's own errors first; rows by their number (row 10 after row 2), then by the row's fields. */
	@Test
	void theFormsOwnErrorsComeFirstAndRowsGoByNumber() {
		var errors = List.of(field("members[10].name"), field("members[2].email"), field("version"),
				new DetailedError("conflict", null, "Someone else saved first"), field("members[2].name"), field("partnerId"));

		var ordered = new FormErrorOrder().of(errors, new Form());

		assertThat(ordered).extracting(DetailedError::getFieldName)
			.containsExactly("[global]", "partnerId", "members[2].name", "members[2].email", "members[10].name", "version");
	}

	private static DetailedError field(String name) {
		return new DetailedError(name, "code", null, "message of " + name);
	}

	static class Form {

		Long partnerId;

		List<Row> members = new ArrayList<>();

		int version;

	}

	static class Row {

		String name;

		String email;

	}

}
