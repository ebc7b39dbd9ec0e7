package platform.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quick Lucene-level checks; the real proof is the Elasticsearch run in the build notes. */
class AnalysisComponentsTest {

    @Test
    void dutchAnalyzerStemsPluralAndSingularAlike() throws IOException {
        try (Analyzer dutch = new DutchAnalyzerFactory(FakeSettings.empty(DutchAnalyzerFactory.Settings.class)).create()) {
            assertEquals(terms(dutch, "klanttevredenheidsonderzoek"), terms(dutch, "klanttevredenheidsonderzoeken"));
            assertEquals(List.of(), terms(dutch, "de het een"));
        }
    }

    @Test
    void synonymGraphMatchesLowercasedInput() throws IOException {
        var settings = FakeSettings.of(SynonymSettings.class, Map.of("synonyms", List.of("kto, klanttevredenheidsonderzoek", "bzk => binnenlandse zaken")));
        var synonyms = new SynonymGraphTokenFilterFactory(settings);
        List<String> kto = terms(standard(), synonyms::create, "KTO");
        assertTrue(kto.contains("klanttevredenheidsonderzoek"), kto.toString());
        assertEquals(List.of("binnenlandse", "zaken"), terms(standard(), synonyms::create, "BZK"));
    }

    @Test
    void lenientSynonymsSkipBadRules() throws IOException {
        var settings = FakeSettings.of(SynonymSettings.class, Map.of("synonyms", List.of("a => b => c", "!!!, kto", "x, y")));
        var synonyms = new SynonymGraphTokenFilterFactory(settings);
        assertTrue(terms(standard(), synonyms::create, "x").contains("y"));
        var strict = FakeSettings.of(SynonymSettings.class, Map.of("synonyms", List.of("a => b => c"), "lenient", false));
        assertThrows(IllegalArgumentException.class, () -> new SynonymGraphTokenFilterFactory(strict));
    }

    @Test
    void lowercaseTokenizerSplitsOnNonLetters() throws IOException {
        Tokenizer tokenizer = new LowercaseTokenizerFactory().create();
        assertEquals(List.of("hello", "wörld", "x"), terms(() -> tokenizer, UnaryOperator.identity(), "Hello WÖRLD-2x"));
    }

    @Test
    void edgeNGramsAndFolding() throws IOException {
        var ngram = FakeSettings.of(NGramSettings.class, Map.of("min_gram", 1, "max_gram", 4));
        var edge = new EdgeNGramTokenFilterFactory(ngram);
        var folding = new AsciiFoldingTokenFilterFactory(FakeSettings.empty(AsciiFoldingTokenFilterFactory.Settings.class));
        UnaryOperator<TokenStream> chain = ts -> edge.create(folding.create(ts));
        assertEquals(List.of("c", "co", "coö", "coöp"), terms(standard(), edge::create, "Coöperatie"));
        assertEquals(List.of("c", "co", "coo", "coop"), terms(standard(), chain, "Coöperatie"));

        var tokenizerSettings = FakeSettings.of(NGramSettings.class, Map.of("min_gram", 2, "max_gram", 3, "token_chars", List.of("letter")));
        Tokenizer tokenizer = new EdgeNGramTokenizerFactory(tokenizerSettings).create();
        assertEquals(List.of("ab", "abc", "de", "def"), terms(() -> tokenizer, UnaryOperator.identity(), "abcd def"));
    }

    @Test
    void stemmerLanguages() throws IOException {
        var dutch = new StemmerTokenFilterFactory(FakeSettings.of(StemmerTokenFilterFactory.Settings.class, Map.of("language", "dutch")));
        assertEquals(terms(standard(), new DutchStemmerTokenFilterFactory()::create, "onderzoeken"),
            terms(standard(), dutch::create, "onderzoeken"));
        var english = new StemmerTokenFilterFactory(FakeSettings.of(StemmerTokenFilterFactory.Settings.class, Map.of("language", "light_english")));
        assertEquals(List.of("report"), terms(standard(), english::create, "reports"));
        var german = new StemmerTokenFilterFactory(FakeSettings.of(StemmerTokenFilterFactory.Settings.class, Map.of("language", "german")));
        assertEquals(1, terms(standard(), german::create, "Häuser").size());
        assertThrows(IllegalArgumentException.class,
            () -> new StemmerTokenFilterFactory(FakeSettings.of(StemmerTokenFilterFactory.Settings.class, Map.of("language", "klingon"))));
    }

    /** Elasticsearch creates every component once per index with empty settings; that must not fail. */
    @Test
    void everyComponentWorksWithDefaultSettings() {
        new NGramTokenizerFactory(FakeSettings.empty(NGramSettings.class)).create();
        new EdgeNGramTokenizerFactory(FakeSettings.empty(NGramSettings.class)).create();
        new NGramTokenFilterFactory(FakeSettings.empty(NGramSettings.class));
        new EdgeNGramTokenFilterFactory(FakeSettings.empty(NGramSettings.class));
        new SynonymGraphTokenFilterFactory(FakeSettings.empty(SynonymSettings.class)).create(new StandardTokenizer());
        new SynonymTokenFilterFactory(FakeSettings.empty(SynonymSettings.class)).create(new StandardTokenizer());
        new StemmerTokenFilterFactory(FakeSettings.empty(StemmerTokenFilterFactory.Settings.class));
    }

    /** Standard tokenizer; terms() always adds a lowercase filter after it. */
    private static Supplier<Tokenizer> standard() {
        return StandardTokenizer::new;
    }

    private static List<String> terms(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filter, String text)
        throws IOException {
        Tokenizer source = tokenizer.get();
        source.setReader(new StringReader(text));
        return collect(filter.apply(new LowerCaseFilter(source)));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return collect(analyzer.tokenStream("f", text));
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        List<String> result = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }
}
