package no.samhald.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Versioned;

/** The introduction and closing words a coordinator wrote for one year's annual report. */
@Table("annual_report_text")
public record AnnualText(@Id Long id, Long communityId, int year, String introduction, String closing,
		@Version int version) implements Versioned {

	static AnnualText empty(long communityId, int year) {
		return new AnnualText(null, communityId, year, "", "", 0);
	}

}
