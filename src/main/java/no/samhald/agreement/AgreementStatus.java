package no.samhald.agreement;

/** Whether an agreement is in force, being revised, a draft not yet adopted, or no longer in force. */
public enum AgreementStatus {
	IN_FORCE, UNDER_REVISION, DRAFT, EXPIRED
}
