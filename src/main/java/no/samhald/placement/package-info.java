/**
 * Placement (LIS1-fordeling): twice a year the LIS1 doctors go out to district service. The
 * coordinator opens a round with its period and deadlines and chooses the allocators (municipal
 * representatives); municipalities offer places; each doctor ranks the places through a personal
 * link; a proposal is computed as a minimum-cost assignment over the ranks, the allocators move
 * people by hand (every version kept) and approve; the approved allocation is printed (PDF, DOCX)
 * for Helse Førde and the statsforvaltar, and everyone is told ({@link no.samhald.placement.PlacementApproved}).
 * <p>
 * Its API: {@link no.samhald.placement.PlacementRounds}, {@link no.samhald.placement.PlacementDoctors},
 * {@link no.samhald.placement.PlacementAllocations}, the value types and the event.
 * <p>
 * Glossary: round = runde · offer of places = tilbod om plassar · service site = tenestestad
 * (legekontor) · supervisor = rettleiar · wish = ønske · allocator = fordelar · allocation = fordeling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement", allowedDependencies = { "platform", "platform :: documents", "community", "partnership" })
package no.samhald.placement;
