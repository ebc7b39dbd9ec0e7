package platform.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/** Validation and {@code token_chars} parsing shared by the n-gram components. */
final class NGrams {

    private NGrams() {}

    /**
     * Fails at index creation (instead of at analysis time) on impossible gram sizes. Note that the
     * index setting {@code index.max_ngram_diff} is not enforced: stable plugins cannot see index settings.
     */
    static void checkGramSizes(String component, int minGram, int maxGram) {
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(
                component + ": min_gram must be >= 1 and <= max_gram, got min_gram=" + minGram + ", max_gram=" + maxGram
            );
        }
    }

    /**
     * Parses {@code token_chars} like Elasticsearch does for its n-gram tokenizers.
     *
     * @return the predicate deciding which characters belong to a token, or null to keep every character
     */
    static IntPredicate tokenChars(List<String> classes) {
        IntPredicate result = null;
        for (String name : classes) {
            IntPredicate matcher = switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> NGrams::isPunctuation;
                case "symbol" -> NGrams::isSymbol;
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + name + "', must be one of [letter, digit, whitespace, punctuation, symbol]"
                );
            };
            result = result == null ? matcher : result.or(matcher);
        }
        return result;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
