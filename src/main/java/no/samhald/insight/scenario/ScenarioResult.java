package no.samhald.insight.scenario;

import no.samhald.insight.Backtest;
import no.samhald.insight.Projection;

/** A scenario computed now: the parameters as used (area resolved, years fixed), the projection and its backtest (null when not asked for). */
public record ScenarioResult(ScenarioParameters parameters, Projection projection, Backtest backtest) {
}
