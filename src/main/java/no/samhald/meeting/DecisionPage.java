package no.samhald.meeting;

import java.util.List;

/** One page of the decision log, and how many decisions match in all. */
public record DecisionPage(List<DecisionHit> hits, int total) {
}
