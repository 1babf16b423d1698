package io.github.unmangle.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds every {@link PassFactory} on the class path through {@link ServiceLoader}. */
public final class PassRegistry {
    private final Map<String, PassFactory> byName = new LinkedHashMap<>();

    private PassRegistry(Iterable<PassFactory> factories) {
        List<PassFactory> sorted = new ArrayList<>();
        factories.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(PassFactory::order).thenComparing(PassFactory::name));
        for (PassFactory f : sorted) {
            PassFactory old = byName.putIfAbsent(f.name(), f);
            if (old != null && old.getClass() != f.getClass()) {
                throw new IllegalStateException("two passes are named '" + f.name() + "': "
                        + old.getClass().getName() + " and " + f.getClass().getName());
            }
        }
    }

    /** Factories visible to the given class loader (the context loader when null). */
    public static PassRegistry load(ClassLoader loader) {
        return new PassRegistry(ServiceLoader.load(PassFactory.class,
                loader != null ? loader : Thread.currentThread().getContextClassLoader()));
    }

    public static PassRegistry load() {
        return load(null);
    }

    /** A registry of exactly these factories (for tests and embedding). */
    public static PassRegistry of(PassFactory... factories) {
        return new PassRegistry(List.of(factories));
    }

    public List<PassFactory> all() {
        return List.copyOf(byName.values());
    }

    public List<String> defaultChain() {
        return byName.values().stream().filter(PassFactory::enabledByDefault).map(PassFactory::name).toList();
    }

    public PassFactory get(String name) {
        PassFactory f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown pass '" + name + "'; known passes: "
                    + String.join(", ", byName.keySet()));
        }
        return f;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }
}
