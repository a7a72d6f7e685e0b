package dev.bucketmap.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * One abstract method of the annotated interface, recognised as a form.
 *
 * @param name the method's name
 * @param form the form it implements
 * @param returnType its return type as the interface declares it
 * @param parameterTypes its parameter types as the interface declares them
 * @param function how to call its functional parameter, if the form has one
 * @param cursor the cursor interface, for {@link Form#CURSOR}
 */
public record MethodModel(
        String name,
        Form form,
        TypeName returnType,
        List<TypeName> parameterTypes,
        Optional<FunctionCall> function,
        Optional<CursorModel> cursor) {}
