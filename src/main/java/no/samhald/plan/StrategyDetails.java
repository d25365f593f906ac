package no.samhald.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.platform.ChangedFields;

/** What a coordinator types to create or change a strategy's title, period and summary. */
public class StrategyDetails {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private Integer firstYear;

	@NotNull
	private Integer lastYear;

	@Size(max = 8000)
	private String summary;

	private int version;

	public static StrategyDetails of(Strategy strategy) {
		var details = new StrategyDetails();
		details.title = strategy.title();
		details.firstYear = strategy.firstYear();
		details.lastYear = strategy.lastYear();
		details.summary = strategy.summary();
		details.version = strategy.version();
		return details;
	}

	/** The fields in which the stored strategy differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Strategy stored) {
		return new ChangedFields().compare("title", title, stored.title())
			.compare("firstYear", firstYear, stored.firstYear())
			.compare("lastYear", lastYear, stored.lastYear())
			.compare("summary", summary, stored.summary())
			.list();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Integer getFirstYear() { return firstYear; }
	public void setFirstYear(Integer firstYear) { this.firstYear = firstYear; }
	public Integer getLastYear() { return lastYear; }
	public void setLastYear(Integer lastYear) { this.lastYear = lastYear; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
