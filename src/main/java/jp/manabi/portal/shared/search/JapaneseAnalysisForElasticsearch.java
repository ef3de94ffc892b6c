package jp.manabi.portal.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same two analyzers as {@link JapaneseAnalysis}, for an Elasticsearch or OpenSearch
 * cluster with the analysis-kuromoji and analysis-icu plugins (see docs/operations.md).
 */
public class JapaneseAnalysisForElasticsearch implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("nfkc_cf").type("icu_normalizer").param("name", "nfkc_cf");
		context.tokenFilter("hiragana_katakana").type("icu_transform").param("id", "Hiragana-Katakana");
		context.tokenizer("kuromoji_search").type("kuromoji_tokenizer").param("mode", "search");
		context.analyzer(JapaneseAnalysis.JAPANESE).custom()
				.tokenizer("kuromoji_search")
				.charFilters("nfkc_cf")
				.tokenFilters("kuromoji_baseform", "hiragana_katakana", "kuromoji_stemmer", "lowercase");
		context.analyzer(JapaneseAnalysis.BIGRAM).custom()
				.tokenizer("standard")
				.charFilters("nfkc_cf")
				.tokenFilters("hiragana_katakana", "cjk_bigram", "lowercase");
		context.normalizer(JapaneseAnalysis.SORT).custom().charFilters("nfkc_cf");
	}
}
