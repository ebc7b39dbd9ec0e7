package platform.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

import java.util.List;

/** Settings of the {@code synonym_graph} and {@code synonym} token filters. */
@AnalysisSettings
public interface SynonymSettings {

    /** Solr-format rules, e.g. "kto, klanttevredenheidsonderzoek" or "bzk => binnenlandse zaken". */
    @ListSetting(path = "synonyms")
    List<String> synonyms();

    /** Only "solr" is supported; checked so that a "wordnet" definition fails instead of misbehaving. */
    @StringSetting(path = "format", defaultValue = "solr")
    String format();

    /**
     * Skip rules that cannot be parsed or analysed instead of failing the whole index.
     * Unlike Elasticsearch (default false) this defaults to true: one bad editor-maintained rule
     * should not break indexing.
     */
    @BooleanSetting(path = "lenient", defaultValue = true)
    boolean lenient();

    /** For "a, b" rules: map every term to every other term (true) or everything to the first (false). */
    @BooleanSetting(path = "expand", defaultValue = true)
    boolean expand();

    /** Lowercase input while matching. Rules are always lowercased, so chains normally lowercase first. */
    @BooleanSetting(path = "ignore_case", defaultValue = false)
    boolean ignoreCase();
}
