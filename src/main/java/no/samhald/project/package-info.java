/**
 * Project (prosjekt): the joint projects of a community — mandate, goals and sub-goals, steering
 * group and project group, the budget and how its cost is split between the partners, sub-projects
 * with numbered tasks and deliverables, and the timeline of milestones.
 * <p>
 * {@link no.samhald.project.Projects} is the module's API. Forums, people and partners belong to
 * the partnership module; a project refers to them by id only.
 * <p>
 * Glossary: project = prosjekt · mandate = mandat · goal = målsetting/mål · sub-goal = delmål ·
 * steering group = styringsgruppe · project group = prosjektgruppe · project leader = prosjektleiar ·
 * sub-project = delprosjekt · task = oppgåve · deliverable = leveranse · milestone = milepæl ·
 * budget split = kostnadsfordeling · personnel contribution = personellressursar ·
 * timeline = framdriftsplan · anchoring = forankring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project", allowedDependencies = { "platform", "community", "partnership" })
package no.samhald.project;
