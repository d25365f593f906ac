package no.samhald.funding;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a coordinator types to record money spent from a grant. */
public class UseDetails {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate spentOn;

	@NotBlank
	@Size(max = 500)
	private String description;

	@NotNull
	@Positive
	private Long amount;

	public LocalDate getSpentOn() { return spentOn; }
	public void setSpentOn(LocalDate spentOn) { this.spentOn = spentOn; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Long getAmount() { return amount; }
	public void setAmount(Long amount) { this.amount = amount; }

}
