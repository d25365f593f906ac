package no.samhald.community;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.NotFoundException;

/** The communities on this installation. */
@Service
public class Communities {

	private final CommunityRepository repository;

	private volatile Map<String, Locale> languages;

	Communities(CommunityRepository repository) {
		this.repository = repository;
	}

	public List<Community> all() {
		return repository.findAllByOrderByName();
	}

	public Optional<Community> findBySlug(String slug) {
		return repository.findBySlug(slug);
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
		languages = null;
		return findBySlug(community.slug()).orElseGet(() -> repository.save(community));
	}

	/**
	 * The written language of the community with this slug, from memory: it is asked on every
	 * request, and communities are few and change only through {@link #ensure}.
	 */
	public Optional<Locale> languageOf(String slug) {
		Map<String, Locale> known = languages;
		if (known == null) {
			known = all().stream().collect(Collectors.toUnmodifiableMap(Community::slug, Community::locale));
			languages = known;
		}
		return Optional.ofNullable(known.get(slug));
	}

}
