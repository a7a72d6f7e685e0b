package dev.bucketmap.processor.validate;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/** Types and methods as the messages write them: with simple names, as a user would write them. */
final class TypeText {
    private TypeText() {}

    /** {@code String put(long, String)}: a method as the user wrote it, with simple type names. */
    static String describe(ExecutableElement method, ExecutableType signature) {
        String params =
                signature.getParameterTypes().stream().map(TypeText::simple).collect(Collectors.joining(", "));
        return simple(signature.getReturnType()) + " " + method.getSimpleName() + "(" + params + ")";
    }

    /** {@code List<String>} for {@code java.util.List<java.lang.String>}, as javac prints it. */
    static String simple(TypeMirror t) {
        return simple(t.toString());
    }

    /** {@code type} with its package names removed. */
    static String simple(String type) {
        return type.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    /**
     * {@code Map<Long, List<String>>}: a type with simple names and its type arguments separated as
     * a user separates them, for messages about an {@code extends} clause.
     */
    static String written(TypeMirror t) {
        if (t instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
            StringBuilder sb = new StringBuilder(d.asElement().getSimpleName()).append('<');
            for (int i = 0; i < d.getTypeArguments().size(); i++) {
                sb.append(i == 0 ? "" : ", ")
                        .append(written(d.getTypeArguments().get(i)));
            }
            return sb.append('>').toString();
        }
        return simple(t);
    }

    /** "a class", "an abstract class", "an enum", "an annotation type": what a type element is. */
    static String article(Element element) {
        if (element.getModifiers().contains(Modifier.ABSTRACT) && element.getKind() == ElementKind.CLASS) {
            return "an abstract class";
        }
        String kind = element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
