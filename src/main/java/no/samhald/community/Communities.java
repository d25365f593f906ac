package no.samhald.community;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.NotFoundException;

/** The communities on this installation. */
@Service
public class Communities {

	private final CommunityRepository repository;

	Communities(CommunityRepository repository) {
		this.repository = repository;
	}

	public List<Community> all() {
		return repository.findAllByOrderByName();
	}

	public Optional<Community> findBySlug(String slug) {
		return repository.findBySlug(slug);
	}

	/** The community with this slug, or a {@link NotFoundException} (→ 404). */
	public Community bySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new NotFoundException("community", slug));
	}

	/** Adds the community unless one with the slug exists; returns the stored one either way. */
	@Transactional
	public Community ensure(Community community) {
		return findBySlug(community.slug()).orElseGet(() -> repository.save(community));
	}

}
