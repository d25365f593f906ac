package no.samhald.community;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.NotFoundException;
import no.samhald.platform.RememberedReads;

/** The communities on this installation. */
@Service
public class Communities {

	private final CommunityRepository repository;

	private static final String ALL = "all";

	/** Every community by slug: asked on every request (the path, the page language). */
	private final RememberedReads<String, Map<String, Community>> bySlug = new RememberedReads<>();

	Communities(CommunityRepository repository) {
		this.repository = repository;
	}

	public List<Community> all() {
		return repository.findAllByOrderByName();
	}

	/**
	 * From memory: communities are few, and they change only through {@link #ensure}, which forgets
	 * them when it commits (#11: this was a query on every request).
	 */
	public Optional<Community> findBySlug(String slug) {
		return slug == null ? Optional.empty() : Optional.ofNullable(known().get(slug));
	}

	/** The community with this id, e.g. to address one named in an event. */
	public Optional<Community> findById(long id) {
		return repository.findById(id);
	}

	/** The community with this slug, or a {@link NotFoundException} (→ 404). */
	public Community bySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new NotFoundException("community", slug));
	}

	/** Adds the community unless one with the slug exists; returns the stored one either way. */
	@Transactional
	public Community ensure(Community community) {
		Community stored = repository.findBySlug(community.slug()).orElseGet(() -> repository.save(community));
		bySlug.forget();
		return stored;
	}

	/**
	 * The written language of the community with this slug, from memory: it is asked on every
	 * request, and communities are few and change only through {@link #ensure}.
	 */
	public Optional<Locale> languageOf(String slug) {
		return findBySlug(slug).map(Community::locale);
	}

	private Map<String, Community> known() {
		return bySlug.get(ALL, key -> all().stream()
			.collect(Collectors.toUnmodifiableMap(Community::slug, Function.identity())));
	}

}
