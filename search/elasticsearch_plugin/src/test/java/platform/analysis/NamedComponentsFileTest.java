package platform.analysis;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Elasticsearch only knows the components listed in named_components.json, so the file must list
 * exactly the @NamedComponent classes. On failure, paste the expected text into the file.
 */
class NamedComponentsFileTest {

    private static final List<Class<?>> EXTENSIBLES = List.of(
        AnalyzerFactory.class,
        CharFilterFactory.class,
        TokenFilterFactory.class,
        TokenizerFactory.class
    );

    @Test
    void fileListsEveryNamedComponent() throws Exception {
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (Class<?> component : namedComponentClasses()) {
            String name = component.getAnnotation(NamedComponent.class).value();
            for (Class<?> extensible : EXTENSIBLES) {
                if (extensible.isAssignableFrom(component)) {
                    expected.computeIfAbsent(extensible.getCanonicalName(), k -> new TreeMap<>()).put(name, component.getName());
                }
            }
        }
        String actual = Files.readString(Path.of("src/main/plugin-metadata/named_components.json")).strip();
        assertEquals(toJson(expected), actual);
    }

    private static List<Class<?>> namedComponentClasses() throws Exception {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> names = files.map(p -> classes.relativize(p).toString())
                .filter(p -> p.endsWith(".class") && p.contains("$") == false)
                .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
            List<Class<?>> result = new ArrayList<>();
            for (String name : names) {
                Class<?> c = Class.forName(name);
                if (c.isAnnotationPresent(NamedComponent.class)) {
                    result.add(c);
                }
            }
            return result;
        }
    }

    private static String toJson(Map<String, Map<String, String>> map) {
        return map.entrySet().stream()
            .map(e -> "  \"" + e.getKey() + "\": {\n"
                + e.getValue().entrySet().stream()
                    .map(c -> "    \"" + c.getKey() + "\": \"" + c.getValue() + "\"")
                    .collect(Collectors.joining(",\n"))
                + "\n  }")
            .collect(Collectors.joining(",\n", "{\n", "\n}"));
    }
}
