package dev.bucketmap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the generator needs about one annotated interface, free of javax.lang.model: the
 * interface, the name of the class to generate, the key and value kinds, the recognised methods
 * and, when the interface extends {@code java.util.Map}, how it does.
 */
public record MapModel(
        TypeName interfaceType,
        ClassName generatedName,
        KeyKind key,
        ValueKind value,
        List<MethodModel> methods,
        Optional<MapInterop> map) {

    /** The cursor interface the generated iterator implements, if a cursor() method asks for one. */
    public Optional<CursorModel> cursor() {
        return methods.stream().flatMap(m -> m.cursor().stream()).findFirst();
    }
}
