package no.samhald.insight.scenario;

import no.samhald.insight.Backtest;
import no.samhald.insight.Projection;

/** A scenario computed now: the parameters as used (area resolved, years fixed), the projection and its backtest. */
public record ScenarioResult(ScenarioParameters parameters, Projection projection, Backtest backtest) {
}
