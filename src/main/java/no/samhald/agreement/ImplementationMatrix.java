package no.samhald.agreement;

import java.util.List;

import no.samhald.partnership.Partner;

/**
 * Every agreement against every implementing partner: one row per agreement with the partners'
 * statuses in the order of {@code partners} ("not started" where a partner has said nothing).
 */
public record ImplementationMatrix(List<Partner> partners, List<Row> rows) {

	public record Row(Agreement agreement, List<ImplementationStatus> statuses) {

		public long implemented() {
			return statuses.stream().filter(s -> s == ImplementationStatus.IMPLEMENTED).count();
		}

	}

}
