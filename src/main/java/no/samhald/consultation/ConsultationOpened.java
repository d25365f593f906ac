package no.samhald.consultation;

import java.time.LocalDate;
import java.util.List;

/** A coordinator opened a round (one about a file once its file is uploaded): its respondents are to be told. */
public record ConsultationOpened(long communityId, long consultationId, String title, LocalDate deadline,
		List<Respondent> respondents) {
}
