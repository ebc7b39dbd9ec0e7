package platform.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

import java.util.List;

/**
 * The {@code dutch} analyzer, built like Elasticsearch's: Lucene's DutchAnalyzer (standard tokenizer,
 * lowercase, Dutch stop words, a small stem-override dictionary and the Snowball Dutch stemmer).
 * Our content is Dutch, so plain text fields use it.
 */
@NamedComponent("dutch")
public class DutchAnalyzerFactory implements AnalyzerFactory {

    @AnalysisSettings
    public interface Settings {
        /** Stop words; empty or "_dutch_" means Lucene's Dutch list, "_none_" means none. */
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        /** Words that must not be stemmed. */
        @ListSetting(path = "stem_exclusion")
        List<String> stemExclusion();
    }

    private final CharArraySet stopwords;
    private final CharArraySet stemExclusion;

    @Inject
    public DutchAnalyzerFactory(Settings settings) {
        stopwords = parseStopwords(settings.stopwords());
        stemExclusion = CharArraySet.unmodifiableSet(new CharArraySet(settings.stemExclusion(), false));
    }

    @Override
    public Analyzer create() {
        return new DutchAnalyzer(stopwords, stemExclusion);
    }

    private static CharArraySet parseStopwords(List<String> words) {
        if (words.isEmpty()) {
            return DutchAnalyzer.getDefaultStopSet();
        }
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String word : words) {
            switch (word) {
                case "_none_" -> { } // contributes nothing
                case "_dutch_" -> set.addAll(DutchAnalyzer.getDefaultStopSet());
                default -> set.add(word);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
