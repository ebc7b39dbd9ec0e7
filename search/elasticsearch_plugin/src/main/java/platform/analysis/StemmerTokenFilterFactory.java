package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

import java.util.function.UnaryOperator;

/**
 * The {@code stemmer} token filter with a {@code language} setting, so index definitions written for
 * stock Elasticsearch ({@code "type": "stemmer", "language": "dutch"}) keep working.
 */
@NamedComponent("stemmer")
public class StemmerTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "language", defaultValue = "")
        String language();

        /** Older alias of {@code language}; Elasticsearch's default language is porter (English). */
        @StringSetting(path = "name", defaultValue = "porter")
        String name();
    }

    private final UnaryOperator<TokenStream> stemmer;

    @Inject
    public StemmerTokenFilterFactory(Settings settings) {
        String language = settings.language();
        stemmer = Stemmers.forLanguage(language.isEmpty() ? settings.name() : language);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
