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
	private Long personId;

	@NotNull
	private MembershipRole role = MembershipRole.MEMBER;

	private Long partnerId;

	@NotNull
	private Representation representation = Representation.PARTNER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	AddMember toCommand() {
		return new AddMember(personId, role, partnerId, representation, startDate, endDate);
	}

	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public MembershipRole getRole() { return role; }
	public void setRole(MembershipRole role) { this.role = role; }
	public Long getPartnerId() { return partnerId; }
	public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
	public Representation getRepresentation() { return representation; }
	public void setRepresentation(Representation representation) { this.representation = representation; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }

}
