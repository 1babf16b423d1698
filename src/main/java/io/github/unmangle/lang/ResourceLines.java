package io.github.unmangle.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A list resource read as a set of its lines: each stripped, blank lines and comments ("#") aside. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The lines of resource {@code name} beside {@code owner}; a missing one is an error of the build. */
    public static Set<String> of(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Set.copyOf(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
