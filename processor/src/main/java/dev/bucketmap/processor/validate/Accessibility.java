package dev.bucketmap.processor.validate;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Finds the types that the generated class cannot name. The annotated interface may use a private
 * class of its enclosing class, or a protected one inherited from a class in another package; the
 * generated class is a top-level class of the interface's package and sees neither.
 */
final class Accessibility {
    private final Elements elements;
    private final PackageElement pkg;

    Accessibility(Elements elements, TypeElement annotated) {
        this.elements = elements;
        this.pkg = elements.getPackageOf(annotated);
    }

    /** A type the generated class cannot name, written somewhere in {@code type}; or null. */
    Inaccessible find(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return find(((ArrayType) type).getComponentType());
            case WILDCARD: {
                WildcardType w = (WildcardType) type;
                Inaccessible upper = w.getExtendsBound() == null ? null : find(w.getExtendsBound());
                return upper != null ? upper : w.getSuperBound() == null ? null : find(w.getSuperBound());
            }
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                Inaccessible here = check((TypeElement) declared.asElement());
                if (here != null) {
                    return here;
                }
                for (TypeMirror argument : declared.getTypeArguments()) {
                    Inaccessible inner = find(argument);
                    if (inner != null) {
                        return inner;
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    private Inaccessible check(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return new Inaccessible(type, t == type ? "private" : "nested in the private " + t.getQualifiedName());
            }
            if (t.getModifiers().contains(Modifier.PROTECTED)
                    && !elements.getPackageOf(t).equals(pkg)) {
                return new Inaccessible(type, "protected in another package");
            }
        }
        return null;
    }

    /** A type the generated class cannot name, and why. */
    record Inaccessible(TypeElement type, String why) {
        String name() {
            return type.getQualifiedName().toString();
        }
    }
}
