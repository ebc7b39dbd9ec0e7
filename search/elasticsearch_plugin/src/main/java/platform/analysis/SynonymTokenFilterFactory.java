package platform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The plain {@code synonym} token filter, for index-time synonyms (Lucene's older, non-graph filter).
 * Same settings as {@code synonym_graph}; prefer {@code synonym_graph} at search time.
 */
@NamedComponent("synonym")
public class SynonymTokenFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;
    private final boolean ignoreCase;

    @Inject
    public SynonymTokenFilterFactory(SynonymSettings settings) {
        synonyms = SynonymRules.build(settings);
        ignoreCase = settings.ignoreCase();
    }

    @Override
    @SuppressWarnings("deprecation") // SynonymFilter is deprecated in Lucene but still what "synonym" means in Elasticsearch
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymFilter(tokenStream, synonyms, ignoreCase);
    }
}
