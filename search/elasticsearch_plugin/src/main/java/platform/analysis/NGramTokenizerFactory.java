package platform.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

import java.util.function.IntPredicate;

/** The {@code ngram} tokenizer (Wagtail defines {@code ngram_tokenizer} with it). */
@NamedComponent("ngram")
public class NGramTokenizerFactory implements TokenizerFactory {

    private final int minGram;
    private final int maxGram;
    private final IntPredicate tokenChars;

    @Inject
    public NGramTokenizerFactory(NGramSettings settings) {
        minGram = settings.minGram();
        maxGram = settings.maxGram();
        NGrams.checkGramSizes("ngram tokenizer", minGram, maxGram);
        tokenChars = NGrams.tokenChars(settings.tokenChars());
    }

    @Override
    public Tokenizer create() {
        if (tokenChars == null) {
            return new NGramTokenizer(minGram, maxGram);
        }
        return new NGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        };
    }
}
