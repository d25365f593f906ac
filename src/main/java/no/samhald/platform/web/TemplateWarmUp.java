package no.samhald.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Renders a small page with a template engine of its own on a thread of its own while Spring
 * starts. The first real page after a start took over half a second, most of it loading and
 * initialising Thymeleaf, its HTML parser, escaping tables and SpEL; done here, that work runs on
 * the second core while the main thread reads the configuration. Nothing it makes is kept: the
 * application's engine (and its template cache) is another. Registered in
 * META-INF/spring.factories, as it must begin before any bean exists.
 */
final class TemplateWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(TemplateWarmUp.class);

	/** Uses what every page uses: iteration, conditions, links, escaping, formatting, fragments. */
	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="nn"><head><title th:text="${title}">t</title></head>
			<body th:with="count=${#lists.size(rows)}">
			<nav><a th:href="@{https://samhald.invalid/{slug}/meetings(slug=${slug},page=${count},q=${title})}"
			    th:classappend="${count > 1} ? 'current'" th:attr="aria-current=${count > 1} ? 'page'">m</a></nav>
			<table><tr th:each="row, it : ${rows}" th:class="${it.odd} ? 'odd'">
			  <td th:text="${row.key}">k</td>
			  <td th:utext="${#strings.abbreviate(row.value, 40)}">v</td>
			  <td th:text="${#temporals.format(day, 'd. MMMM yyyy')}">d</td>
			  <td th:text="${#numbers.formatDecimal(amount, 1, 'POINT', 2, 'COMMA')}">n</td>
			  <td th:if="${it.last}" th:text="${#strings.toUpperCase(row.key)}">u</td>
			  <td th:unless="${it.last}"><th:block th:text="|${it.count} av ${count}|">c</th:block></td>
			</tr></table>
			<input type="text" th:value="${title}" th:readonly="${count > 1}">
			</body></html>
			""";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		var thread = new Thread(TemplateWarmUp::render, "samhald-template-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void render() {
		try {
			var engine = engine();
			for (int i = 0; i < 20; i++) {
				page(engine);
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// Only a head start: the application renders without it.
			log.debug("Template warm-up failed", ex);
		}
	}

	static SpringTemplateEngine engine() {
		var resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		var engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(true);
		engine.setTemplateResolver(resolver);
		return engine;
	}

	static String page(SpringTemplateEngine engine) {
		var rows = List.of(Map.entry("Helse & <omsorg>", "Samhandling om pasientforløp ".repeat(3)),
				Map.entry("Kommune", "Førde"));
		var variables = Map.<String, Object>of("title", "Møte", "slug", "sogn-og-fjordane", "rows", rows, "day",
				LocalDate.of(2026, 1, 1), "amount", new BigDecimal("1234.5"));
		return engine.process(PAGE, new Context(Locale.forLanguageTag("nn"), variables));
	}

}
