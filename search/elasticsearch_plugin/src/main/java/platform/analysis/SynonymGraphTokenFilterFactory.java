package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code synonym_graph} token filter: our editors' synonym list (abbreviations such as
 * "kto" for "klanttevredenheidsonderzoek"). Handles multi-word synonyms correctly at query time.
 */
@NamedComponent("synonym_graph")
public class SynonymGraphTokenFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;
    private final boolean ignoreCase;

    @Inject
    public SynonymGraphTokenFilterFactory(SynonymSettings settings) {
        synonyms = SynonymRules.build(settings);
        ignoreCase = settings.ignoreCase();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // SynonymGraphFilter rejects an empty map; no rules simply means no synonyms.
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, ignoreCase);
    }
}
