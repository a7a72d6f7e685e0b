package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.CursorModel;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Recognises each abstract method as one of the {@link Form}s: its name picks the candidates, its
 * parameter and return types pick the one it fits. A method that fits none is explained by {@link
 * FormMismatch}; one that fits records how it writes the key and value types in {@link
 * DeclaredTypes}.
 */
final class FormMatcher {
    private final Types types;
    private final TypeElement type;
    private final DeclaredTypes declared;
    private final FunctionalParameters functions;
    private final CursorInterface cursors;
    private final FormMismatch mismatch;
    private final Reporter reporter;
    private final MethodReporter methods;
    /** Methods that would match if the annotation named the primitive instead of its wrapper. */
    private final List<String> writtenUnboxed = new ArrayList<>();

    FormMatcher(
            Types types,
            TypeElement type,
            DeclaredTypes declared,
            FunctionTypes functionTypes,
            FunctionalParameters functions,
            Reporter reporter) {
        this.types = types;
        this.type = type;
        this.declared = declared;
        this.functions = functions;
        this.reporter = reporter;
        this.methods = new MethodReporter(type, reporter);
        this.cursors = new CursorInterface(types, functionTypes, declared, methods);
        this.mismatch = new FormMismatch(declared, functions, methods);
    }

    /** The form {@code method} implements, or empty after reporting why it matches none. */
    Optional<MethodModel> match(ExecutableElement method) {
        ExecutableType signature = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
        String name = method.getSimpleName().toString();
        List<Form> named =
                Form.of(false).stream().filter(f -> f.methodName().equals(name)).toList();
        if (named.isEmpty()) {
            mismatch.unknownName(method, signature);
            return Optional.empty();
        }
        if (!method.getTypeParameters().isEmpty()) {
            methods.error(method, Message.GENERIC_METHOD, TypeText.describe(method, signature));
            return Optional.empty();
        }
        List<Form> sameArity = named.stream()
                .filter(f -> f.parameters().size() == method.getParameters().size())
                .toList();
        // Try each candidate quietly; report against the best one only if none fits.
        for (Form form : sameArity) {
            if (fits(form, signature, declared)) {
                return build(method, signature, form);
            }
        }
        Optional<DeclaredTypes> unboxed = declared.withUnboxedValue();
        if (unboxed.isPresent() && sameArity.stream().anyMatch(f -> fits(f, signature, unboxed.get()))) {
            writtenUnboxed.add(methods.where(TypeText.describe(method, signature), method));
            return Optional.empty();
        }
        mismatch.report(method, signature, named, sameArity);
        return Optional.empty();
    }

    /**
     * Reports, once and on the annotation's value, that the value type is a wrapper while methods
     * write its primitive; those methods were not reported one by one.
     */
    void reportWrittenUnboxed(AnnotationReader.Read annotation) {
        if (writtenUnboxed.isEmpty()) {
            return;
        }
        String box = declared.namedValue();
        String primitive = declared.unboxedValue().orElseThrow().toString();
        reporter.error(
                type,
                annotation.mirror(),
                annotation.value().where(),
                Message.VALUE_WRAPPER,
                box,
                primitive,
                String.join(", ", writtenUnboxed),
                primitive,
                primitive,
                box);
    }

    /** True if {@code signature} fits {@code form} with the key and value types of {@code declared}. */
    private boolean fits(Form form, ExecutableType signature, DeclaredTypes declared) {
        if (!fitsPlain(form.returns(), signature.getReturnType(), declared)) {
            return false;
        }
        for (int i = 0; i < form.parameters().size(); i++) {
            Shape shape = form.parameters().get(i);
            TypeMirror p = signature.getParameterTypes().get(i);
            if (shape.isFunction()
                    ? functions.problem(shape, p, false, declared) != null
                    : !fitsPlain(shape, p, declared)) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code t} fits {@code shape}, which is not a function. */
    static boolean fitsPlain(Shape shape, TypeMirror t, DeclaredTypes declared) {
        return switch (shape) {
            case KEY -> declared.isKey(t);
            case VALUE -> declared.isValue(t);
            case INT -> t.getKind() == TypeKind.INT;
            case BOOLEAN -> t.getKind() == TypeKind.BOOLEAN;
            case VOID -> t.getKind() == TypeKind.VOID;
            case KEY_ARRAY -> t instanceof ArrayType a && declared.isKey(a.getComponentType());
            case VALUE_ARRAY -> t instanceof ArrayType a && declared.isValue(a.getComponentType());
            case CURSOR -> isInterface(t);
            case STATS ->
                t instanceof DeclaredType d
                        && ((TypeElement) d.asElement())
                                .getQualifiedName()
                                .contentEquals(RuntimeTypes.MAP_STATS.canonicalName());
            default -> false;
        };
    }

    static boolean isInterface(TypeMirror t) {
        return t instanceof DeclaredType d && d.asElement().getKind() == ElementKind.INTERFACE;
    }

    /** The model of {@code method}, which fits {@code form}; empty after reporting a disagreement. */
    private Optional<MethodModel> build(ExecutableElement method, ExecutableType signature, Form form) {
        if (form == Form.ADD_VALUE && !declared.isNumeric()) {
            methods.error(
                    method,
                    Message.FORM_NEEDS_NUMERIC_VALUE,
                    TypeText.describe(method, signature),
                    declared.annotationValue());
            return Optional.empty();
        }
        Optional<FunctionCall> function = Optional.empty();
        List<TypeName> params = new ArrayList<>();
        for (int i = 0; i < form.parameters().size(); i++) {
            TypeMirror p = signature.getParameterTypes().get(i);
            params.add(TypeName.get(p));
            Shape shape = form.parameters().get(i);
            if (shape.isFunction()) {
                function = Optional.of(functions.matched(method, signature, i, shape));
            } else if (shape == Shape.VALUE && !declared.noteValue(method, signature, p)) {
                return Optional.empty();
            } else if (shape == Shape.KEY && !declared.noteKey(method, signature, p)) {
                return Optional.empty();
            }
        }
        TypeMirror returns = signature.getReturnType();
        boolean agrees = switch (form.returns()) {
            case VALUE -> declared.noteValue(method, signature, returns);
            case KEY_ARRAY -> declared.noteKey(method, signature, ((ArrayType) returns).getComponentType());
            case VALUE_ARRAY -> declared.noteValue(method, signature, ((ArrayType) returns).getComponentType());
            default -> true;
        };
        if (!agrees) {
            return Optional.empty();
        }
        Optional<CursorModel> cursor = Optional.empty();
        if (form.returns() == Shape.CURSOR) {
            cursor = cursors.check(method, signature, (DeclaredType) returns);
            if (cursor.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new MethodModel(
                method.getSimpleName().toString(), form, TypeName.get(returns), List.copyOf(params), function, cursor));
    }
}
