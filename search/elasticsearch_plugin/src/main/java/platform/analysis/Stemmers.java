package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Maps Elasticsearch {@code stemmer} language names to Lucene stemming filters. */
final class Stemmers {

    private Stemmers() {}

    /**
     * Returns a function wrapping a token stream in the stemmer for {@code language}, with the same
     * meaning as Elasticsearch's {@code stemmer} filter for the languages listed below. Any other
     * name is tried as a Lucene Snowball stemmer ("german" becomes GermanStemmer).
     *
     * @throws IllegalArgumentException for an unknown language, so a bad index definition fails early
     */
    static UnaryOperator<TokenStream> forLanguage(String language) {
        switch (language.toLowerCase(Locale.ROOT)) {
            case "dutch":
                // A new stemmer per stream: Snowball stemmers keep per-token state.
                return stream -> new SnowballFilter(stream, new DutchStemmer());
            case "english":
            case "porter":
                return PorterStemFilter::new;
            case "light_english":
            case "lightenglish":
            case "kstem":
                return KStemFilter::new;
            case "minimal_english":
            case "minimalenglish":
                return EnglishMinimalStemFilter::new;
            case "possessive_english":
            case "possessiveenglish":
                return EnglishPossessiveFilter::new;
            case "porter2":
                return stream -> new SnowballFilter(stream, new EnglishStemmer());
            default:
                String snowballName = snowballName(language);
                return stream -> new SnowballFilter(stream, snowballName);
        }
    }

    private static String snowballName(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        String name = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        try {
            Class.forName("org.tartarus.snowball.ext." + name + "Stemmer", false, SnowballFilter.class.getClassLoader());
            return name;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "]", e);
        }
    }
}
