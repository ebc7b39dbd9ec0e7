package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

import java.util.function.UnaryOperator;

/**
 * The {@code dutch_stemmer} token filter: the Snowball Dutch stemmer, identical to Elasticsearch's
 * {@code stemmer} with {@code language: dutch}, usable by name in custom analyzers without defining it.
 */
@NamedComponent("dutch_stemmer")
public class DutchStemmerTokenFilterFactory implements TokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer = Stemmers.forLanguage("dutch");

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
