/**
 * Invitation (invitasjon): a coordinator invites a person by e-mail to roles in the community —
 * member or coordinator, and partner contact, forum secretary or measure owner for a chosen
 * partner, forum or measure. The mail carries a one-time link, valid 14 days, with which the
 * person sets a password or signs in with a provider; pending invitations can be revoked. Also
 * the overview of the community's accounts with their scoped roles, where a coordinator takes a
 * scoped role away.
 * <p>
 * Glossary: invitation = invitasjon · invite = invitere · revoke = trekkje tilbake ·
 * accept = ta imot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitation",
		allowedDependencies = { "platform", "community", "partnership", "plan" })
package no.samhald.invitation;
