package no.samhald.community.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import no.samhald.community.Communities;

@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration implements WebMvcConfigurer {

	private final Communities communities;

	CommunityWebConfiguration(Communities communities) {
		this.communities = communities;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		CommunityArgumentResolver.register(resolvers, communities);
	}

}
