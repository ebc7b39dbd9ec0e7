package platform.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Locale;

/** Builds a Lucene {@link SynonymMap} from the {@code synonyms} setting. */
final class SynonymRules {

    private SynonymRules() {}

    /**
     * Parses the Solr-format rules. Rule terms are analysed with a standard tokenizer + lowercase
     * analyzer (no stop words), so they match the lowercased tokens of our analysis chains.
     * An empty rule list gives a map whose {@code fst} is null, which callers must treat as "no-op".
     */
    static SynonymMap build(SynonymSettings settings) {
        if ("solr".equals(settings.format().toLowerCase(Locale.ROOT)) == false) {
            throw new IllegalArgumentException("Only the solr synonym format is supported, got [" + settings.format() + "]");
        }
        boolean lenient = settings.lenient();
        try (Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
            LenientSolrParser parser = new LenientSolrParser(settings.expand(), lenient, analyzer);
            // One rule at a time, so that with lenient=true a malformed rule only drops itself.
            for (String rule : settings.synonyms()) {
                try {
                    parser.parse(new StringReader(rule));
                } catch (ParseException | IllegalArgumentException e) {
                    if (lenient == false) {
                        throw new IllegalArgumentException("Invalid synonym rule [" + rule + "]", e);
                    }
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to build synonyms", e);
        }
    }

    /**
     * Like Elasticsearch's ESSolrSynonymParser: when lenient, a term that analyses to nothing
     * (e.g. punctuation only) is dropped together with the mappings that use it.
     */
    private static final class LenientSolrParser extends SolrSynonymParser {
        private final boolean lenient;

        LenientSolrParser(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException e) {
                if (lenient) {
                    return new CharsRef("");
                }
                throw e;
            }
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (lenient == false || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }
    }
}
