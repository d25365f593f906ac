package no.samhald.partnership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.partnership.AddMember;
import no.samhald.partnership.MembershipRole;
import no.samhald.partnership.Representation;

/** What a person types to give someone a seat in a forum. */
class MembershipForm {

	@NotNull
	Long personId;

	@NotNull
	MembershipRole role = MembershipRole.MEMBER;

	Long partnerId;

	@NotNull
	Representation representation = Representation.PARTNER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate endDate;

	AddMember toCommand() {
		return new AddMember(personId, role, partnerId, representation, startDate, endDate);
	}

}
