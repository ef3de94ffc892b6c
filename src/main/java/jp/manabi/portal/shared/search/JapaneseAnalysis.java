package jp.manabi.portal.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Japanese text is indexed, for every module that searches (courses, circles).
 * <ul>
 * <li>{@value #JAPANESE}: Kuromoji words after NFKC case folding, so ＰＣ finds PC and ｽﾏﾎ finds
 * スマホ; base forms, so 学んだ finds 学ぶ.</li>
 * <li>{@value #BIGRAM}: overlapping two-character pieces with hiragana turned into katakana, so
 * two-character words (防災, 手話) are found however Kuromoji splits a longer word, and ぱそこん
 * finds パソコン.</li>
 * </ul>
 * Both are used on the same text; a query matches either.
 */
public class JapaneseAnalysis implements LuceneAnalysisConfigurer {

	public static final String JAPANESE = "japanese";
	public static final String BIGRAM = "japanese_bigram";
	public static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(JAPANESE).custom()
				.tokenizer("japanese").param("mode", "search")
				.charFilter("icuNormalizer2").param("name", "nfkc_cf")
				.tokenFilter("japaneseBaseForm")
				.tokenFilter("icuTransform").param("id", "Hiragana-Katakana")
				.tokenFilter("japaneseKatakanaStem")
				.tokenFilter("lowercase");
		context.analyzer(BIGRAM).custom()
				.tokenizer("standard")
				.charFilter("icuNormalizer2").param("name", "nfkc_cf")
				.tokenFilter("icuTransform").param("id", "Hiragana-Katakana")
				// No unigrams: with them, ヨガ would match any text holding ヨ and ガ anywhere.
				.tokenFilter("cjkBigram")
				.tokenFilter("lowercase");
		context.normalizer(SORT).custom()
				.charFilter("icuNormalizer2").param("name", "nfkc_cf");
	}
}
