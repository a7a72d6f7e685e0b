package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code default V defaultValue()}: the absent value of a map with primitive values, zero when the
 * interface declares none. It must be a default method returning the value type, and a map with
 * reference values, whose absent value is always null, must not have one.
 */
final class DefaultValues {
    private final Elements elements;
    private final Types types;
    private final TypeElement type;
    private final DeclaredTypes declared;
    private final MethodReporter methods;

    DefaultValues(Elements elements, Types types, TypeElement type, DeclaredTypes declared, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.type = type;
        this.declared = declared;
        this.methods = new MethodReporter(type, reporter);
    }

    static boolean isDefaultValue(ExecutableElement m) {
        return m.getSimpleName().contentEquals("defaultValue")
                && m.getParameters().isEmpty();
    }

    /** Reports an abstract {@code defaultValue()}: a mistake whatever the value type. */
    void reportAbstract(ExecutableElement m) {
        TypeMirror value = declared.annotationValue();
        String described = TypeText.simple(m.getReturnType()) + " defaultValue()";
        if (declared.valueIsPrimitive()) {
            methods.error(m, Message.DEFAULT_VALUE_ABSTRACT, described, value, value);
        } else {
            methods.error(m, Message.DEFAULT_VALUE_FOR_REFERENCE, described, TypeText.simple(value));
        }
    }

    /**
     * True if the interface declares or inherits {@code default V defaultValue()} for its primitive
     * value type; a default one with another return type is reported, and so is any default one of a
     * map with reference values.
     */
    boolean check() {
        if (declared.valueIsPrimitive()) {
            return declaresDefaultValue();
        }
        rejectDefaultValue();
        return false;
    }

    private boolean declaresDefaultValue() {
        TypeMirror value = declared.annotationValue();
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!isDefaultValue(m) || !m.getModifiers().contains(Modifier.DEFAULT)) {
                continue;
            }
            if (types.isSameType(m.getReturnType(), value)) {
                return true;
            }
            methods.error(m, Message.DEFAULT_VALUE_TYPE, m.getReturnType() + " defaultValue()", value, value);
        }
        return false;
    }

    private void rejectDefaultValue() {
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (isDefaultValue(m) && m.getModifiers().contains(Modifier.DEFAULT)) {
                String described = "default " + TypeText.simple(m.getReturnType()) + " defaultValue()";
                methods.error(
                        m, Message.DEFAULT_VALUE_FOR_REFERENCE, described, TypeText.simple(declared.annotationValue()));
            }
        }
    }
}
