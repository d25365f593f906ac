package no.samhald.community.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import no.samhald.community.Communities;
import no.samhald.community.Community;

/**
 * Gives a controller method the {@link Community} named by the {@code {community}} path
 * variable, and puts it in the model for the layout. An unknown slug is a 404.
 */
class CommunityArgumentResolver implements HandlerMethodArgumentResolver {

	private final Communities communities;

	CommunityArgumentResolver(Communities communities) {
		this.communities = communities;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Community.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) webRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		String slug = variables == null ? null : variables.get("community");
		if (slug == null) {
			throw new IllegalStateException("No {community} in the path of " + parameter.getMethod());
		}
		Community community = communities.bySlug(slug);
		if (mavContainer != null) {
			mavContainer.addAttribute("community", community);
		}
		return community;
	}

	static void register(List<HandlerMethodArgumentResolver> resolvers, Communities communities) {
		resolvers.add(new CommunityArgumentResolver(communities));
	}

}
