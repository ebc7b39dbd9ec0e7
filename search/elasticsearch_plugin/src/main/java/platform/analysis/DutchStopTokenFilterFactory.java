package platform.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code dutch_stop} token filter: removes Lucene's default Dutch stop words (the set behind
 * Elasticsearch's {@code _dutch_}). A ready-made name, so custom analyzers can list it without first
 * defining a {@code stop} filter. ({@code stop} itself is not registered here: Elasticsearch core
 * already has it, and a second registration would stop the node from starting.)
 */
@NamedComponent("dutch_stop")
public class DutchStopTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, DutchAnalyzer.getDefaultStopSet());
    }
}
