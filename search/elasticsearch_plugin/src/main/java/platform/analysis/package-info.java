/**
 * Analysis components for Elasticsearch distributions that lack the analysis-common module.
 *
 * <p>Every public class annotated with {@link org.elasticsearch.plugin.NamedComponent} here is an
 * Elasticsearch "stable plugin API" component. Elasticsearch does not scan the jar: it reads
 * {@code named_components.json} from the plugin directory, so every component must also be listed
 * there (the {@code NamedComponentsFileTest} unit test enforces this).
 *
 * <p>Settings reach a component through an interface annotated with
 * {@link org.elasticsearch.plugin.settings.AnalysisSettings}; Elasticsearch implements it with a proxy
 * that reads the component's settings (e.g. {@code min_gram}). Each method of such an interface must
 * carry exactly one setting annotation and nothing else, because the proxy looks only at the first one.
 *
 * <p>Elasticsearch instantiates every registered component once per index with empty settings, so all
 * constructors must succeed with default settings and should stay cheap.
 */
package platform.analysis;
