package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.GeneratedMembers;
import dev.bucketmap.processor.model.GeneratedMembers.Member;
import dev.bucketmap.processor.model.MapModel;
import java.util.List;
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
 * Compares the methods the generated class will declare ({@link GeneratedMembers}, from the
 * model) with the interface's default methods, before anything is generated. The generated class
 * has private helpers ({@code hash}, {@code insert}, ...) and {@code stats()}; a default method
 * with the same erasure would make the generated code fail to compile, so it is reported on the
 * default method instead.
 */
final class DefaultMethodClashes {
    private final ProcessingEnvironment env;

    DefaultMethodClashes(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Reports each default method of {@code type} that a method of the class for {@code model} clashes with. */
    void check(TypeElement type, MapModel model, Reporter reporter) {
        List<Member> generated = GeneratedMembers.of(model);
        String generatedName = model.generatedName().simpleName();
        Types types = env.getTypeUtils();
        MethodReporter methods = new MethodReporter(type, reporter);
        for (ExecutableElement d : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
            if (!d.getModifiers().contains(Modifier.DEFAULT)) {
                continue;
            }
            ExecutableType signature = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), d);
            List<TypeName> params = signature.getParameterTypes().stream()
                    .map(p -> TypeName.get(p).withoutAnnotations())
                    .toList();
            for (Member g : generated) {
                if (g.name().equals(d.getSimpleName().toString()) && clashes(g, params, signature)) {
                    methods.error(
                            d,
                            Message.DEFAULT_METHOD_CLASH,
                            TypeText.describe(d, signature),
                            describe(g),
                            generatedName);
                    break;
                }
            }
        }
    }

    /**
     * True unless {@code generated} cannot be confused with the default method, or overrides it as
     * a public method with the same parameters and a return type the default method's accepts.
     */
    private boolean clashes(Member generated, List<TypeName> params, ExecutableType signature) {
        List<TypeName> own = generated.parameters().stream()
                .map(TypeName::withoutAnnotations)
                .toList();
        if (!erased(own).equals(erased(params))) {
            return false; // overloads
        }
        if (!generated.isPublic()) {
            return true; // it would narrow the access of the default method
        }
        if (generated.name().equals(GeneratedMembers.STATIC_FACTORY)) {
            return true; // a static method cannot hide an instance method
        }
        if (!own.equals(params) && !own.equals(erased(params))) {
            return true; // one erasure, two signatures: neither overrides the other
        }
        return !returnFits(generated.returnType(), signature.getReturnType());
    }

    private boolean returnFits(TypeName generated, TypeMirror declared) {
        if (generated.withoutAnnotations().equals(TypeName.get(declared).withoutAnnotations())) {
            return true;
        }
        TypeName raw = erased(generated);
        if (!(raw instanceof ClassName name)) {
            return false;
        }
        TypeElement element = env.getElementUtils().getTypeElement(name.canonicalName());
        Types types = env.getTypeUtils();
        return element != null && types.isSubtype(types.erasure(element.asType()), types.erasure(declared));
    }

    private static List<TypeName> erased(List<TypeName> types) {
        return types.stream().map(DefaultMethodClashes::erased).toList();
    }

    private static TypeName erased(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            return p.rawType().withoutAnnotations();
        }
        if (type instanceof ArrayTypeName a) {
            return ArrayTypeName.of(erased(a.componentType()));
        }
        return type.withoutAnnotations();
    }

    /** {@code private long hash(long)}: a generated method as a reader would look for it. */
    private static String describe(Member m) {
        String params =
                m.parameters().stream().map(t -> TypeText.simple(t.toString())).collect(Collectors.joining(", "));
        String access = !m.isPublic()
                ? "private "
                : m.name().equals(GeneratedMembers.STATIC_FACTORY) ? "public static " : "public ";
        return access + TypeText.simple(m.returnType().toString()) + " " + m.name() + "(" + params + ")";
    }
}
