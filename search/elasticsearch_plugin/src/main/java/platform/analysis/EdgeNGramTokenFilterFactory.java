package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code edge_ngram} token filter: emits prefixes of each token. Wagtail's autocomplete
 * ({@code edgengram_analyzer}) depends on it. Only front edges are supported ({@code side} is ignored).
 */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenFilterFactory implements TokenFilterFactory {

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public EdgeNGramTokenFilterFactory(NGramSettings settings) {
        minGram = settings.minGram();
        maxGram = settings.maxGram();
        preserveOriginal = settings.preserveOriginal();
        NGrams.checkGramSizes("edge_ngram token filter", minGram, maxGram);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }
}
