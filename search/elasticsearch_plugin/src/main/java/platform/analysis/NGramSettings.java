package platform.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;

import java.util.List;

/**
 * Settings shared by the {@code ngram} and {@code edge_ngram} tokenizers and token filters.
 * Defaults are the ones Elasticsearch uses (min_gram 1, max_gram 2). Settings a component does not
 * read are ignored, e.g. the legacy {@code side: front} that Wagtail still sends.
 */
@AnalysisSettings
public interface NGramSettings {

    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    @IntSetting(path = "max_gram", defaultValue = 2)
    int maxGram();

    /** Tokenizers only: character classes that belong to a token, e.g. ["letter", "digit"]. Empty means all. */
    @ListSetting(path = "token_chars")
    List<String> tokenChars();

    /** Token filters only: also emit the original token. */
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
}
