package jp.manabi.portal.circle.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.manabi.portal.circle.search.CircleQuery;
import jp.manabi.portal.circle.search.CircleSearch;

/** サークル・団体をさがす: the public list with search and facets; a plain GET form, htmx optional. */
@Controller
class CircleSearchController {

	private final CircleSearch search;
	private final CircleSearchFacets facets;

	CircleSearchController(CircleSearch search, CircleSearchFacets facets) {
		this.search = search;
		this.facets = facets;
	}

	@GetMapping("/circles")
	String list(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
		var query = CircleQuery.from(params);
		var result = search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("facetGroups", facets.of(query, result.facets(), locale));
		return "circle/list";
	}
}
