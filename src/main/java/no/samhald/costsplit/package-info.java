/**
 * Cost split (kostnadsfordeling): a coordinator splits a shared cost – a project's municipal
 * share, the secretariat, a coordinator post – over chosen partners by population on 1 January of
 * a chosen SSB year (or equally, or by a fixed key), in whole kroner that sum exactly to the
 * amount (largest remainder, ties by kommunenummer). Adopted, the split is frozen with its year
 * and source.
 * <p>
 * Its API: {@link no.samhald.costsplit.CostSplits} and the value types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cost split", allowedDependencies = { "platform", "community", "partnership", "insight", "project" })
package no.samhald.costsplit;
