package platform.analysis;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The {@code lowercase} tokenizer: splits on non-letters and lowercases, like Elasticsearch's.
 * Wagtail's {@code ngram_analyzer} and {@code edgengram_analyzer} are built on it.
 *
 * <p>Lucene 9 has no LowerCaseTokenizer any more and CharTokenizer's incrementToken is final, so
 * this is a LetterTokenizer whose input is lowercased as it is read. Lowercasing keeps the number of
 * chars, so offsets stay right. (A surrogate pair split across two reads is left as is; that only
 * matters for cased scripts outside the Basic Multilingual Plane.)
 */
@NamedComponent("lowercase")
public class LowercaseTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new LetterTokenizer() {
            @Override
            public void reset() throws IOException {
                super.reset(); // makes the reader passed to setReader() the current input
                input = new LowercasingReader(input);
            }
        };
    }

    private static final class LowercasingReader extends FilterReader {
        LowercasingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            return c < 0 ? c : Character.toLowerCase((char) c);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                CharacterUtils.toLowerCase(buffer, offset, offset + read);
            }
            return read;
        }
    }
}
