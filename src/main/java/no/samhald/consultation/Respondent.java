package no.samhald.consultation;

import org.springframework.data.relational.core.mapping.Table;

/** A partner or forum asked in a round. */
@Table("consultation_respondent")
public record Respondent(RespondentKind kind, long respondentId) {

	public static Respondent partner(long partnerId) {
		return new Respondent(RespondentKind.PARTNER, partnerId);
	}

	public static Respondent forum(long forumId) {
		return new Respondent(RespondentKind.FORUM, forumId);
	}

}
