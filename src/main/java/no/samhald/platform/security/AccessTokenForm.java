package no.samhald.platform.security;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new personal access token: a name that says where it is used, and its last day. */
record AccessTokenForm(@NotBlank @Size(max = 100) String name,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
}
