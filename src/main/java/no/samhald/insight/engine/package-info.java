/**
 * The insight module's engine, free of Spring so that it is unit-tested and benchmarked on its
 * own: reading SSB's files ({@link no.samhald.insight.engine.SsbTableReader}), the projections
 * ({@link no.samhald.insight.engine.CohortChangeProjection},
 * {@link no.samhald.insight.engine.CohortComponentProjection}) and the steering indicators
 * ({@link no.samhald.insight.engine.SteeringIndicators}), all over primitive arrays
 * ({@link no.samhald.insight.engine.AgeSexTable}).
 */
package no.samhald.insight.engine;
