package platform.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

import java.util.function.IntPredicate;

/**
 * The {@code edge_ngram} tokenizer: prefixes of each token, for search-as-you-type.
 * Wagtail defines {@code edgengram_tokenizer} with it (its {@code side} setting is ignored).
 */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenizerFactory implements TokenizerFactory {

    private final int minGram;
    private final int maxGram;
    private final IntPredicate tokenChars;

    @Inject
    public EdgeNGramTokenizerFactory(NGramSettings settings) {
        minGram = settings.minGram();
        maxGram = settings.maxGram();
        NGrams.checkGramSizes("edge_ngram tokenizer", minGram, maxGram);
        tokenChars = NGrams.tokenChars(settings.tokenChars());
    }

    @Override
    public Tokenizer create() {
        if (tokenChars == null) {
            return new EdgeNGramTokenizer(minGram, maxGram);
        }
        return new EdgeNGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        };
    }
}
