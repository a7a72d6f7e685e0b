package dev.bucketmap.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Set;

/**
 * How an interface that extends {@code java.util.Map<Kb, Vb>} sees the map: the key and value
 * types as its {@code extends} clause writes them (the boxes of the annotation's types, or the
 * reference types themselves, possibly parameterized), and the {@code Map} methods the generated
 * class implements: all of them but those the interface overrides with a default method of its
 * own.
 */
public record MapInterop(TypeName keyBox, TypeName valueBox, Set<MapMethod> implemented) {
    public MapInterop {
        implemented = Set.copyOf(implemented);
    }

    public boolean implementsMethod(MapMethod method) {
        return implemented.contains(method);
    }
}
