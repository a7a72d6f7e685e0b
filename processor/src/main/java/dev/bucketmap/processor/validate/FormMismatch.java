package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.Shape;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * Explains why an abstract method matches no form: a name no form has (with the names it may
 * have meant), or the first difference from the form it most likely means, written with the
 * map's key and value types.
 */
final class FormMismatch {
    private final DeclaredTypes declared;
    private final FunctionalParameters functions;
    private final MethodReporter methods;

    FormMismatch(DeclaredTypes declared, FunctionalParameters functions, MethodReporter methods) {
        this.declared = declared;
        this.functions = functions;
        this.methods = methods;
    }

    /** Reports a method whose name is that of no form. */
    void unknownName(ExecutableElement method, ExecutableType signature) {
        String described = TypeText.describe(method, signature);
        List<String> similar = FormNames.similarTo(method.getSimpleName().toString());
        if (similar.isEmpty()) {
            methods.error(method, Message.UNKNOWN_METHOD, described, allForms());
        } else {
            methods.error(method, Message.UNKNOWN_METHOD_SIMILAR, described, String.join(" or ", similar), allForms());
        }
    }

    /**
     * Reports a method that fits none of the forms {@code named} after it; {@code sameArity} are
     * those with as many parameters.
     */
    void report(ExecutableElement method, ExecutableType signature, List<Form> named, List<Form> sameArity) {
        if (sameArity.isEmpty()) {
            String expected = named.stream().map(this::signatureOf).collect(Collectors.joining(" or "));
            methods.error(
                    method,
                    Message.FORM_MISMATCH,
                    TypeText.describe(method, signature),
                    method.getSimpleName(),
                    expected);
            return;
        }
        explain(method, signature, sameArity.get(sameArity.size() == 1 ? 0 : bestOf(sameArity, signature)));
    }

    /** The candidate whose return shape fits: the one the user most likely meant. */
    private int bestOf(List<Form> forms, ExecutableType signature) {
        for (int i = 0; i < forms.size(); i++) {
            if (FormMatcher.fitsPlain(forms.get(i).returns(), signature.getReturnType(), declared)) {
                return i;
            }
        }
        return 0;
    }

    /** Reports the first reason why {@code method} does not fit {@code form}. */
    private void explain(ExecutableElement method, ExecutableType signature, Form form) {
        String described = TypeText.describe(method, signature);
        if (form == Form.ADD_VALUE && !declared.isNumeric()) {
            methods.error(method, Message.FORM_NEEDS_NUMERIC_VALUE, described, declared.annotationValue());
            return;
        }
        for (int i = 0; i < form.parameters().size(); i++) {
            Shape shape = form.parameters().get(i);
            TypeMirror p = signature.getParameterTypes().get(i);
            if (shape.isFunction()) {
                FunctionProblem problem = functions.problem(shape, p, false, declared);
                if (problem != null) {
                    functions.report(method, signature, i, shape, problem);
                    return;
                }
            }
        }
        if (form == Form.CURSOR && !FormMatcher.isInterface(signature.getReturnType())) {
            String v = declared.namedValue();
            methods.error(
                    method,
                    Message.CURSOR_NOT_INTERFACE,
                    described,
                    declared.namedKey(),
                    v,
                    v,
                    TypeText.simple(signature.getReturnType()));
            return;
        }
        String expected = signatureOf(form);
        List<String> others = Form.of(false).stream()
                .filter(f -> f != form && f.methodName().equals(form.methodName()))
                .map(this::signatureOf)
                .toList();
        if (!others.isEmpty()) {
            expected += " (the other form named " + form.methodName() + ": " + String.join(", ", others) + ")";
        }
        methods.error(method, Message.FORM_MISMATCH, described, form.methodName(), expected);
    }

    private String signatureOf(Form form) {
        return form.signature(TypeText.simple(declared.key()), TypeText.simple(declared.value()));
    }

    private static String allForms() {
        return Form.of(false).stream().map(Form::methodName).distinct().collect(Collectors.joining(", "));
    }
}
