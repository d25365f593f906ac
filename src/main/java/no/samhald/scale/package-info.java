/**
 * Scale: a deterministic generator of national-scale demo data (issue #11), so that pages,
 * queries and memory can be measured at the size of all of Norway's health communities. It
 * never runs unless asked for ({@code samhald.demo-scale=national}, {@code SAMHALD_DEMO_SCALE})
 * and only where demo data is on (the embedded default).
 * <p>
 * It writes straight into the modules' tables in bulk (COPY), since tens of thousands of saves
 * through the services would take many minutes; in exchange it keeps their rules itself: cases
 * numbered per forum and year from 1, rows saved once (version 1, as Spring Data JDBC leaves
 * them), minutes approved only for held meetings, exempt cases with a legal basis and a public
 * title, answer deadlines three weeks after receipt. Communities are created through the
 * community module's service. Its API is {@link no.samhald.scale.ScaleSize}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scale", allowedDependencies = { "platform", "community" })
package no.samhald.scale;
