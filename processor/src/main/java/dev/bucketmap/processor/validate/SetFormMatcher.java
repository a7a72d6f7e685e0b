package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.model.CursorModel;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Recognises each abstract method of a {@code @BucketSet} interface as one of a set's {@link
 * Form}s ({@code Form.of(true)}), where the element stands in the key's place: its name picks
 * the candidates, its types the one it fits. A map's form on a set is an error that names the
 * set's form doing that job; any other miss lists the set's forms.
 */
final class SetFormMatcher {
    /** A map's form names, and the set form that does the job on a set. */
    private static final Map<String, String> MAP_FORMS = Map.of(
            "put", "add",
            "putIfAbsent", "add",
            "get", "contains",
            "containsKey", "contains",
            "keys", "elements",
            "forEachKey", "forEach");

    private final Types types;
    private final TypeElement type;
    private final DeclaredTypes declared;
    private final FunctionalParameters functions;
    private final FunctionTypes functionTypes;
    private final MethodReporter methods;

    SetFormMatcher(
            Types types,
            TypeElement type,
            DeclaredTypes declared,
            FunctionTypes functionTypes,
            FunctionalParameters functions,
            MethodReporter methods) {
        this.types = types;
        this.type = type;
        this.declared = declared;
        this.functionTypes = functionTypes;
        this.functions = functions;
        this.methods = methods;
    }

    /** The form {@code method} implements, or empty after reporting why it matches none. */
    Optional<MethodModel> match(ExecutableElement method) {
        ExecutableType signature = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
        String name = method.getSimpleName().toString();
        String described = TypeText.describe(method, signature);
        List<Form> named =
                Form.of(true).stream().filter(f -> f.methodName().equals(name)).toList();
        if (named.isEmpty()) {
            boolean mapForm =
                    Form.of(false).stream().anyMatch(f -> f.methodName().equals(name));
            if (mapForm) {
                String instead = MAP_FORMS.containsKey(name) ? "use " + MAP_FORMS.get(name) + " instead; " : "";
                methods.error(method, Message.SET_MAP_FORM, described, instead, allForms());
            } else {
                methods.error(method, Message.SET_UNKNOWN_METHOD, described, allForms());
            }
            return Optional.empty();
        }
        if (!method.getTypeParameters().isEmpty()) {
            methods.error(method, Message.GENERIC_METHOD, described);
            return Optional.empty();
        }
        for (Form form : named) {
            if (form.parameters().size() == method.getParameters().size() && fits(form, signature)) {
                return build(method, signature, form);
            }
        }
        Form form = named.get(0);
        if (form.parameters().size() == method.getParameters().size()) {
            for (int i = 0; i < form.parameters().size(); i++) {
                Shape shape = form.parameters().get(i);
                FunctionProblem problem = shape.isFunction()
                        ? functions.problem(shape, signature.getParameterTypes().get(i), false, declared)
                        : null;
                if (problem != null) {
                    functions.report(method, signature, i, shape, problem);
                    return Optional.empty();
                }
            }
        }
        if (form == Form.ELEMENT_CURSOR && !FormMatcher.isInterface(signature.getReturnType())) {
            methods.error(
                    method,
                    Message.SET_CURSOR,
                    described,
                    declared.namedKey(),
                    "returns " + TypeText.simple(signature.getReturnType()));
            return Optional.empty();
        }
        String element = TypeText.simple(declared.key());
        methods.error(method, Message.SET_FORM_MISMATCH, described, name, form.signature(element, element));
        return Optional.empty();
    }

    private boolean fits(Form form, ExecutableType signature) {
        if (!FormMatcher.fitsPlain(form.returns(), signature.getReturnType(), declared)) {
            return false;
        }
        for (int i = 0; i < form.parameters().size(); i++) {
            Shape shape = form.parameters().get(i);
            TypeMirror p = signature.getParameterTypes().get(i);
            if (shape.isFunction()
                    ? functions.problem(shape, p, false, declared) != null
                    : !FormMatcher.fitsPlain(shape, p, declared)) {
                return false;
            }
        }
        return true;
    }

    /** The model of {@code method}, which fits {@code form}; empty after reporting a disagreement. */
    private Optional<MethodModel> build(ExecutableElement method, ExecutableType signature, Form form) {
        Optional<FunctionCall> function = Optional.empty();
        List<TypeName> params = new ArrayList<>();
        for (int i = 0; i < form.parameters().size(); i++) {
            TypeMirror p = signature.getParameterTypes().get(i);
            params.add(TypeName.get(p));
            Shape shape = form.parameters().get(i);
            if (shape.isFunction()) {
                function = Optional.of(functions.matched(method, signature, i, shape));
            } else if (!declared.noteKey(method, signature, p)) {
                return Optional.empty();
            }
        }
        TypeMirror returns = signature.getReturnType();
        if (form.returns() == Shape.KEY_ARRAY
                && !declared.noteKey(method, signature, ((ArrayType) returns).getComponentType())) {
            return Optional.empty();
        }
        Optional<CursorModel> cursor = Optional.empty();
        if (form == Form.ELEMENT_CURSOR) {
            cursor = checkCursor(method, signature, (DeclaredType) returns);
            if (cursor.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new MethodModel(
                method.getSimpleName().toString(), form, TypeName.get(returns), List.copyOf(params), function, cursor));
    }

    /** A set's cursor: exactly {@code boolean next()} and {@code E element()}, optionally {@code void remove()}. */
    private Optional<CursorModel> checkCursor(ExecutableElement method, ExecutableType signature, DeclaredType c) {
        String described = TypeText.describe(method, signature);
        String cursorName = ((TypeElement) c.asElement()).getSimpleName().toString();
        List<String> found = new ArrayList<>();
        for (FunctionTypes.AbstractMethod abstractMethod : functionTypes.abstractMethods(c)) {
            ExecutableElement m = abstractMethod.first();
            ExecutableType t = (ExecutableType) types.asMemberOf(c, m);
            String name = m.getSimpleName().toString();
            boolean fits = t.getParameterTypes().isEmpty()
                    && switch (name) {
                        case "next" -> t.getReturnType().getKind() == TypeKind.BOOLEAN;
                        case "element" -> declared.isKey(t.getReturnType());
                        case "remove" -> t.getReturnType().getKind() == TypeKind.VOID;
                        default -> false;
                    };
            if (!fits) {
                methods.error(
                        method,
                        Message.SET_CURSOR,
                        described,
                        declared.namedKey(),
                        cursorName + " declares " + TypeText.describe(m, t));
                return Optional.empty();
            }
            if (name.equals("element") && !declared.noteKey(method, signature, t.getReturnType())) {
                return Optional.empty();
            }
            found.add(name);
        }
        for (String required : List.of("next", "element")) {
            if (!found.contains(required)) {
                methods.error(
                        method,
                        Message.SET_CURSOR,
                        described,
                        declared.namedKey(),
                        cursorName + " does not declare " + required + "()");
                return Optional.empty();
            }
        }
        return Optional.of(new CursorModel(TypeName.get(c)));
    }

    static String allForms() {
        return Form.of(true).stream().map(Form::methodName).distinct().collect(Collectors.joining(", "));
    }
}
