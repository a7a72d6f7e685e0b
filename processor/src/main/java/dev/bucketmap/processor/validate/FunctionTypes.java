package dev.bucketmap.processor.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The function type of an interface, as javac derives it for a lambda (JLS 9.9): its abstract
 * methods, not counting the public methods of {@code Object}, where methods inherited from
 * several interfaces with the same signature count as one. Such a merged method returns the most
 * specific of their return types and throws a checked exception only if every one of them
 * declares it (or a supertype of it).
 */
final class FunctionTypes {
    private final Types types;
    private final Elements elements;
    private final CheckedExceptions checked;

    FunctionTypes(Types types, Elements elements, CheckedExceptions checked) {
        this.types = types;
        this.elements = elements;
        this.checked = checked;
    }

    /** One abstract method of an interface: the methods of that signature it declares or inherits. */
    record AbstractMethod(List<ExecutableElement> declarations) {
        /** The declaration whose name and type parameters the method has. */
        ExecutableElement first() {
            return declarations.get(0);
        }

        boolean isGeneric() {
            return declarations.stream().anyMatch(m -> !m.getTypeParameters().isEmpty());
        }
    }

    /** The abstract methods of {@code type}, override-equivalent declarations merged into one. */
    List<AbstractMethod> abstractMethods(DeclaredType type) {
        Map<String, List<ExecutableElement>> bySignature = new LinkedHashMap<>();
        for (Element e : elements.getAllMembers((javax.lang.model.element.TypeElement) type.asElement())) {
            if (e instanceof ExecutableElement m
                    && e.getKind() == ElementKind.METHOD
                    && m.getModifiers().contains(Modifier.ABSTRACT)
                    && !AbstractMethods.isObjectMethod(m)) {
                bySignature
                        .computeIfAbsent(erasedSignature(type, m), k -> new ArrayList<>())
                        .add(m);
            }
        }
        return bySignature.values().stream().map(AbstractMethod::new).toList();
    }

    private String erasedSignature(DeclaredType type, ExecutableElement m) {
        ExecutableType member = (ExecutableType) types.asMemberOf(type, m);
        return m.getSimpleName()
                + member.getParameterTypes().stream()
                        .map(p -> types.erasure(p).toString())
                        .collect(Collectors.joining(",", "(", ")"));
    }

    /** The type of {@code method} as a member of {@code type}: the declaration whose return type is most specific. */
    ExecutableType typeOf(DeclaredType type, AbstractMethod method) {
        List<ExecutableType> members = method.declarations().stream()
                .map(m -> (ExecutableType) types.asMemberOf(type, m))
                .toList();
        for (ExecutableType candidate : members) {
            if (members.stream().allMatch(o -> returnSubstitutable(candidate, o))) {
                return candidate;
            }
        }
        return members.get(0);
    }

    private boolean returnSubstitutable(ExecutableType a, ExecutableType b) {
        TypeMirror ra = a.getReturnType();
        TypeMirror rb = b.getReturnType();
        return types.isSameType(ra, rb) || types.isSubtype(ra, rb) || types.isSubtype(ra, types.erasure(rb));
    }

    /**
     * The checked exceptions a call of {@code method} on a {@code type} can throw: those that every
     * merged declaration throws, itself or through a supertype.
     */
    List<TypeMirror> checkedThrows(DeclaredType type, AbstractMethod method) {
        List<List<? extends TypeMirror>> thrown = method.declarations().stream()
                .map(m -> ((ExecutableType) types.asMemberOf(type, m)).getThrownTypes())
                .collect(Collectors.toList());
        List<TypeMirror> result = new ArrayList<>();
        for (List<? extends TypeMirror> ofOne : thrown) {
            for (TypeMirror candidate : ofOne) {
                boolean everyDeclares =
                        thrown.stream().allMatch(other -> other.stream().anyMatch(t -> types.isSubtype(candidate, t)));
                if (checked.isChecked(candidate)
                        && everyDeclares
                        && result.stream().noneMatch(r -> types.isSameType(r, candidate))) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }
}
