/**
 * Plan (strategi, handlingsplan, tiltak): a community's four-year strategy with its focus areas
 * and priority patient groups; action plans of one or two years with numbered areas and
 * measures; dated status updates per measure; and the carry-over of unfinished measures into
 * the next action plan.
 * <p>
 * Glossary: strategy = strategi · focus area = innsatsområde · priority patient group =
 * prioritert pasientgruppe · action plan = handlingsplan · area = satsingsområde ·
 * measure = tiltak · status update = statusrapport · carry-over = vidareføring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan", allowedDependencies = { "platform", "community", "partnership" })
package no.samhald.plan;
