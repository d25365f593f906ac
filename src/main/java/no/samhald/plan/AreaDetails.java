package no.samhald.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.platform.ChangedFields;

/** An area of an action plan as typed; a new one gets the next number. */
public class AreaDetails {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 4000)
	private String description;

	private int version;

	public static AreaDetails of(PlanArea area) {
		var details = new AreaDetails();
		details.title = area.title();
		details.description = area.description();
		details.version = area.version();
		return details;
	}

	/** The fields in which the stored area differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(PlanArea stored) {
		return new ChangedFields().compare("title", title, stored.title())
			.compare("description", description, stored.description())
			.list();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
