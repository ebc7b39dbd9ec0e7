package platform.analysis;

import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/** Implements an @AnalysisSettings interface from a map, the way Elasticsearch's proxy does. */
final class FakeSettings {

    private FakeSettings() {}

    static <T> T of(Class<T> type, Map<String, ?> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
            Annotation[] annotations = method.getAnnotations();
            if (annotations.length != 1) {
                throw new AssertionError(method + " must have exactly one setting annotation");
            }
            Annotation a = annotations[0];
            if (a instanceof IntSetting s) {
                return values.containsKey(s.path()) ? (Integer) values.get(s.path()) : s.defaultValue();
            } else if (a instanceof BooleanSetting s) {
                return values.containsKey(s.path()) ? (Boolean) values.get(s.path()) : s.defaultValue();
            } else if (a instanceof StringSetting s) {
                return values.containsKey(s.path()) ? (String) values.get(s.path()) : s.defaultValue();
            } else if (a instanceof ListSetting s) {
                return values.containsKey(s.path()) ? (List<?>) values.get(s.path()) : List.of();
            }
            throw new AssertionError("unsupported annotation " + a);
        });
        return type.cast(proxy);
    }

    static <T> T empty(Class<T> type) {
        return of(type, Map.of());
    }
}
