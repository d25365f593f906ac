package no.samhald.project;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coordinator types to add a sub-project; deliverables one per line. */
public class SubProjectDetails {

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 10000)
	private String description;

	private Long leaderPersonId;

	@Size(max = 200)
	private String leaderName;

	@Size(max = 10000)
	private String deliverables;

	public static SubProjectDetails of(SubProject subProject) {
		var details = new SubProjectDetails();
		details.name = subProject.name();
		details.description = subProject.description();
		details.leaderPersonId = subProject.leaderPersonId();
		details.leaderName = subProject.leaderPersonId() == null ? subProject.leaderName() : null;
		details.deliverables = String.join("\n", subProject.deliverables());
		return details;
	}

	List<String> deliverableList() {
		return deliverables == null ? List.of()
				: Arrays.stream(deliverables.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Long getLeaderPersonId() { return leaderPersonId; }
	public void setLeaderPersonId(Long leaderPersonId) { this.leaderPersonId = leaderPersonId; }
	public String getLeaderName() { return leaderName; }
	public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
	public String getDeliverables() { return deliverables; }
	public void setDeliverables(String deliverables) { this.deliverables = deliverables; }

}
