package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The abstract methods the generated class must implement, declared or inherited, each once.
 * Reports what no implementation can satisfy whatever its form: two methods with one erasure,
 * checked exceptions, and types the generated class cannot name.
 */
final class AbstractMethods {
    private final ProcessingEnvironment env;
    private final Types types;
    private final TypeElement type;
    private final MethodReporter reporter;
    private final Accessibility access;
    private final CheckedExceptions checked;
    private final String generated;

    AbstractMethods(
            ProcessingEnvironment env,
            TypeElement type,
            MethodReporter reporter,
            Accessibility access,
            CheckedExceptions checked,
            String generated) {
        this.env = env;
        this.types = env.getTypeUtils();
        this.type = type;
        this.reporter = reporter;
        this.access = access;
        this.checked = checked;
        this.generated = generated;
    }

    /** True for {@code equals(Object)}, {@code hashCode()} and {@code toString()}, which every object has. */
    static boolean isObjectMethod(ExecutableElement m) {
        String name = m.getSimpleName().toString();
        int arity = m.getParameters().size();
        return (name.equals("equals") && arity == 1)
                        && m.getParameters().get(0).asType().toString().equals("java.lang.Object")
                || (name.equals("hashCode") && arity == 0)
                || (name.equals("toString") && arity == 0);
    }

    /**
     * Every abstract method but those of {@code Object}. Methods with one erasure are one method to
     * implement, the one whose return type the others accept (else the first); those among them
     * whose signatures differ from it are reported.
     */
    List<ExecutableElement> collect() {
        DeclaredType declared = (DeclaredType) type.asType();
        Map<String, List<ExecutableElement>> byErasure = new LinkedHashMap<>();
        for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
            if (m.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(m)) {
                ExecutableType signature = (ExecutableType) types.asMemberOf(declared, m);
                String erasure = m.getSimpleName() + "(" + names(signature, true) + ")";
                byErasure.computeIfAbsent(erasure, k -> new ArrayList<>()).add(m);
            }
        }
        List<ExecutableElement> result = new ArrayList<>();
        for (Map.Entry<String, List<ExecutableElement>> group : byErasure.entrySet()) {
            List<ExecutableElement> same = group.getValue();
            ExecutableElement kept = mostSpecific(same);
            for (ExecutableElement other : same) {
                if (other != kept && !names(signature(other), false).equals(names(signature(kept), false))) {
                    ExecutableElement at = reporter.isOwn(other) || !reporter.isOwn(kept) ? other : kept;
                    ExecutableElement named = at == other ? kept : other;
                    reporter.error(
                            at,
                            Message.ERASURE_CLASH,
                            TypeText.describe(at, signature(at)),
                            reporter.where(TypeText.describe(named, signature(named)), named),
                            TypeText.simple(group.getKey()));
                }
            }
            check(kept);
            result.add(kept);
        }
        return result;
    }

    /** Of methods with one signature, the one whose return type the others' accept. */
    private ExecutableElement mostSpecific(List<ExecutableElement> same) {
        for (ExecutableElement candidate : same) {
            TypeMirror r = signature(candidate).getReturnType();
            if (same.stream().allMatch(o -> types.isSubtype(r, signature(o).getReturnType()))) {
                return candidate;
            }
        }
        return same.get(0);
    }

    private void check(ExecutableElement m) {
        ExecutableType signature = signature(m);
        String described = TypeText.describe(m, signature);
        for (TypeMirror thrown : signature.getThrownTypes()) {
            if (checked.isChecked(thrown)) {
                reporter.error(m, Message.METHOD_THROWS, described, thrown);
            }
        }
        List<TypeMirror> named = new ArrayList<>(signature.getParameterTypes());
        named.add(signature.getReturnType());
        for (TypeMirror t : named) {
            Accessibility.Inaccessible hidden = access.find(t);
            if (hidden != null) {
                reporter.error(m, Message.INACCESSIBLE_TYPE, described, hidden.name(), hidden.why(), generated);
                return;
            }
        }
    }

    private ExecutableType signature(ExecutableElement m) {
        return (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m);
    }

    private String names(ExecutableType signature, boolean erased) {
        return signature.getParameterTypes().stream()
                .map(p -> TypeName.get(erased ? types.erasure(p) : p)
                        .withoutAnnotations()
                        .toString())
                .collect(Collectors.joining(", "));
    }
}
