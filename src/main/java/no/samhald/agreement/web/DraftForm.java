package no.samhald.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The label of a new draft ("Utkast 2025"). */
record DraftForm(@NotBlank @Size(max = 40) String label) {
}
