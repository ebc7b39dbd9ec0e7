package platform.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code lowercase} token filter. Elasticsearch core only ships a pre-built {@code lowercase}
 * filter usable by name; this one also makes {@code "type": "lowercase"} filter definitions work.
 */
@NamedComponent("lowercase")
public class LowercaseTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }

    /** Also applied to query terms that are not analysed normally (wildcard, prefix, normalizers). */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }
}
