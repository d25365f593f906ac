package no.samhald.platform.security;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new personal access token: a name that says where it is used, and its last day. */
class AccessTokenForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public LocalDate getExpiresOn() { return expiresOn; }
	public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }

}
