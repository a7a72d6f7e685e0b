package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapMethod;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognises an annotated interface that extends {@code java.util.Map<Kb, Vb>}, directly or
 * through its superinterfaces. The generated class then implements {@code Map}'s own methods with
 * {@code Map}'s semantics over boxes, so they are not matched as forms; the forms the interface
 * declares stand beside them as overloads.
 *
 * <p>The type arguments must be the annotation's key and value types, boxed (for a parameterized
 * reference type, the erasure must match). A raw {@code Map} or a mismatch is reported on the
 * annotated interface, whose declaration carries the {@code extends} clause; javac itself rejects
 * a wildcard there.
 */
final class MapSupertype {
    private static final String MAP = "java.util.Map";

    private final Types types;
    private final Elements elements;
    private final TypeElement type;
    private final Reporter reporter;
    private final TypeElement mapElement;
    /** {@code Map} as the interface inherits it, or null if it does not. */
    private DeclaredType inherited;
    /** The direct superinterface through which {@code Map} is inherited; null if directly. */
    private TypeElement via;

    MapSupertype(ProcessingEnvironment env, TypeElement type, Reporter reporter) {
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.type = type;
        this.reporter = reporter;
        this.mapElement = elements.getTypeElement(MAP);
        if (mapElement != null) {
            find();
        }
    }

    /** Breadth first, so that the nearest path to {@code Map} names it in messages. */
    private void find() {
        Deque<TypeMirror> queue = new ArrayDeque<>();
        Deque<TypeElement> firstStep = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (TypeMirror direct : types.directSupertypes(type.asType())) {
            queue.add(direct);
            firstStep.add((TypeElement) types.asElement(direct));
        }
        while (!queue.isEmpty()) {
            TypeMirror t = queue.poll();
            TypeElement step = firstStep.poll();
            if (!(t instanceof DeclaredType d) || !seen.add(t.toString())) {
                continue;
            }
            if (d.asElement().equals(mapElement)) {
                inherited = d;
                via = step.equals(mapElement) ? null : step;
                return;
            }
            for (TypeMirror s : types.directSupertypes(t)) {
                queue.add(s);
                firstStep.add(step);
            }
        }
    }

    /**
     * True if {@code method}, an abstract method of the interface, is one of {@code Map}'s (declared
     * there, or redeclared with the same parameters): the generated class implements it as
     * {@code Map} specifies.
     */
    boolean isMapMethod(ExecutableElement method) {
        return mapMethodFor(method) != null;
    }

    /** The {@code Map} method that {@code method} is or redeclares, or null. */
    private ExecutableElement mapMethodFor(ExecutableElement method) {
        if (inherited == null) {
            return null;
        }
        if (method.getEnclosingElement().equals(mapElement)) {
            return method;
        }
        String name = method.getSimpleName().toString();
        for (ExecutableElement m : ElementFilter.methodsIn(mapElement.getEnclosedElements())) {
            if (m.getSimpleName().contentEquals(name)
                    && m.getParameters().size() == method.getParameters().size()
                    && !m.getModifiers().contains(Modifier.STATIC)) {
                ExecutableType theirs = member(m);
                ExecutableType ours = member(method);
                if (types.isSubsignature(ours, theirs) || types.isSubsignature(theirs, ours)) {
                    return m;
                }
            }
        }
        return null;
    }

    private ExecutableType member(ExecutableElement m) {
        return (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m);
    }

    /**
     * Reports a {@code Map} method that the interface redeclares with another return type: the
     * generated class implements {@code Map}'s methods exactly as {@code Map} declares them.
     */
    void checkRedeclared(ExecutableElement method) {
        ExecutableElement map = mapMethodFor(method);
        if (map == null || map.equals(method)) {
            return;
        }
        TypeMirror theirs = member(map).getReturnType();
        ExecutableType ours = member(method);
        if (types.isSameType(theirs, ours.getReturnType()) || !types.isSubtype(ours.getReturnType(), theirs)) {
            return; // the same method, or one javac rejects itself
        }
        StringBuilder described = new StringBuilder(TypeText.written(ours.getReturnType()))
                .append(' ')
                .append(method.getSimpleName())
                .append('(');
        for (int i = 0; i < ours.getParameterTypes().size(); i++) {
            described
                    .append(i == 0 ? "" : ", ")
                    .append(TypeText.written(ours.getParameterTypes().get(i)));
        }
        described.append(')');
        if (method.getEnclosingElement().equals(type)) {
            reporter.error(
                    method, Message.MAP_METHOD_RETURN, described, method.getSimpleName(), TypeText.written(theirs));
        } else {
            String where = Message.INHERITED.format(
                    described, ((TypeElement) method.getEnclosingElement()).getQualifiedName());
            reporter.error(type, Message.MAP_METHOD_RETURN, where, method.getSimpleName(), TypeText.written(theirs));
        }
    }

    /**
     * Checks the type arguments against the annotation's key and value types and returns what the
     * generator needs; empty after reporting a mismatch, or when the interface does not extend
     * {@code Map}. When they match, {@code declared} learns how {@code Map<K, V>} writes them.
     */
    Optional<MapInterop> check(DeclaredTypes declared) {
        if (inherited == null) {
            return Optional.empty();
        }
        TypeMirror keyBox = declared.keyBox();
        TypeMirror valueBox = declared.valueBox();
        String expected = "Map<" + TypeText.written(keyBox) + ", " + TypeText.written(valueBox) + ">";
        String name = type.getSimpleName().toString();
        String through = via == null ? "" : " (through " + via.getSimpleName() + ")";
        List<? extends TypeMirror> args = inherited.getTypeArguments();
        if (args.isEmpty()) {
            reporter.error(type, Message.MAP_RAW, name, through, expected);
            return Optional.empty();
        }
        if (args.stream().anyMatch(a -> a.getKind() == TypeKind.TYPEVAR)) {
            return Optional.empty(); // a generic interface, reported as such
        }
        if (args.stream().anyMatch(a -> a.getKind() == TypeKind.WILDCARD)) {
            return Optional.empty(); // javac rejects a wildcard in an extends clause itself
        }
        String written = TypeText.written(inherited);
        boolean ok = true;
        if (!sameErasure(args.get(0), keyBox)) {
            reporter.error(
                    type,
                    Message.MAP_KEY_MISMATCH,
                    name,
                    written,
                    through,
                    TypeText.written(args.get(0)),
                    TypeText.written(declared.annotationKey()),
                    expected);
            ok = false;
        }
        if (!sameErasure(args.get(1), valueBox)) {
            reporter.error(
                    type,
                    Message.MAP_VALUE_MISMATCH,
                    name,
                    written,
                    through,
                    TypeText.written(args.get(1)),
                    TypeText.written(declared.annotationValue()),
                    expected);
            ok = false;
        }
        // A raw type argument (Map<List, V>) would make the generated class use the raw type too.
        String where = name + " extends " + written + through;
        if (DeclaredTypes.isRaw(args.get(0))) {
            reporter.error(type, Message.RAW_KEY, where, TypeText.written(args.get(0)), TypeText.written(args.get(0)));
            ok = false;
        }
        if (DeclaredTypes.isRaw(args.get(1))) {
            reporter.error(
                    type, Message.RAW_VALUE, where, TypeText.written(args.get(1)), TypeText.written(args.get(1)));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        declared.noteMap(inherited);
        return Optional.of(new MapInterop(TypeName.get(args.get(0)), TypeName.get(args.get(1)), implemented()));
    }

    /** Every {@code Map} method but those the interface overrides with a default method. */
    private Set<MapMethod> implemented() {
        Set<MapMethod> result = EnumSet.allOf(MapMethod.class);
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            MapMethod which =
                    MapMethod.of(m.getSimpleName().toString(), m.getParameters().size());
            if (which != null
                    && m.getModifiers().contains(Modifier.DEFAULT)
                    && !m.getEnclosingElement().equals(mapElement)
                    && isMapMethod(m)) {
                result.remove(which);
            }
        }
        return result;
    }

    private boolean sameErasure(TypeMirror a, TypeMirror b) {
        return types.isSameType(types.erasure(a), types.erasure(b));
    }
}
