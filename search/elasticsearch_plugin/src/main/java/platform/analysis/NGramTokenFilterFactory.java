package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code ngram} token filter (Wagtail's {@code ngram} filter in {@code ngram_analyzer}). */
@NamedComponent("ngram")
public class NGramTokenFilterFactory implements TokenFilterFactory {

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public NGramTokenFilterFactory(NGramSettings settings) {
        minGram = settings.minGram();
        maxGram = settings.maxGram();
        preserveOriginal = settings.preserveOriginal();
        NGrams.checkGramSizes("ngram token filter", minGram, maxGram);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new NGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }
}
