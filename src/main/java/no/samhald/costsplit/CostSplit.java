package no.samhald.costsplit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/** An adopted split of a project's shared cost, frozen with its basis, year and source. */
public record CostSplit(@Id Long id, Long communityId, Long projectId, long amount, SplitBasis basis, Integer year,
		String source, LocalDate adoptedOn, String adoptedBy,
		@MappedCollection(idColumn = "split_id", keyColumn = "position") List<SplitShare> shares, @Version int version)
		implements Versioned {

	public long totalWeight() {
		return shares.stream().mapToLong(SplitShare::weight).sum();
	}

	/** The share's part of the whole in percent, to one decimal, for the table. */
	public BigDecimal percentOf(SplitShare share) {
		long total = totalWeight();
		return total == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(share.weight() * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

}
