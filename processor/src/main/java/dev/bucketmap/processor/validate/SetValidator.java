package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.Primitive;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @BucketSet(E.class)} interface and turns it into the model of a map with no
 * values ({@link ValueKind#none()}), through the stages the maps' {@link MapValidator} uses: where
 * the interface is ({@link Placement}), the element type (accepted exactly as map keys are, with
 * messages that name the element), each abstract method ({@link AbstractMethods}, then {@link
 * SetFormMatcher}), the generated name and the default methods. An interface that extends {@code
 * java.util.Set} is refused until the generated class can implement it.
 */
public final class SetValidator {
    private final ProcessingEnvironment env;
    private final Types types;

    public SetValidator(ProcessingEnvironment env) {
        this.env = env;
        this.types = env.getTypeUtils();
    }

    /** Validates {@code type}, as {@link MapValidator#validate} does. */
    public ValidationReport validate(TypeElement type, GeneratedNames names) {
        Reporter reporter = new Reporter(env.getMessager());
        if (SetAnnotation.hasBoth(type, reporter)) {
            return ValidationReport.nothingToGenerate(false);
        }
        return MapValidator.finish(env, type, names, model(type, reporter), reporter);
    }

    private Optional<MapModel> model(TypeElement type, Reporter reporter) {
        Optional<SetAnnotation.Read> annotation = SetAnnotation.read(type);
        if (annotation.isEmpty() || !Placement.isInterface(type, true, reporter)) {
            return Optional.empty(); // javac has reported a malformed annotation
        }
        ClassName generated = GeneratedNames.of(type, "BucketSet_");
        Placement.check(type, generated, true, reporter);
        if (env.getElementUtils().getTypeElement(RuntimeTypes.MAP_STATS.canonicalName()) == null) {
            reporter.error(type, Message.RUNTIME_MISSING, generated.simpleName());
        }
        SetAnnotation.Read read = annotation.get();
        KeyKind kind = elementKind(type, read, reporter);
        if (kind == null) {
            return Optional.empty();
        }
        Accessibility access = new Accessibility(env.getElementUtils(), type);
        Accessibility.Inaccessible hidden = access.find(read.element());
        if (hidden != null) {
            reporter.error(
                    type,
                    read.mirror(),
                    read.where(),
                    Message.INACCESSIBLE_TYPE,
                    "@BucketSet element type",
                    hidden.name(),
                    hidden.why(),
                    generated.simpleName());
            return Optional.empty();
        }
        TypeMirror setType = types.erasure(
                env.getElementUtils().getTypeElement("java.util.Set").asType());
        if (types.isSubtype(types.erasure(type.asType()), setType)) {
            reporter.error(type, Message.SET_INTEROP_NOT_SUPPORTED, type.getSimpleName(), "java.util.Set");
            return Optional.empty();
        }

        MethodReporter methodReporter = new MethodReporter(type, reporter);
        // The element stands where a map's key does; a set has no value, so none of its forms asks for one.
        DeclaredTypes declared = new DeclaredTypes(types, methodReporter, kind, read.element(), read.element());
        CheckedExceptions checked = new CheckedExceptions(types, env.getElementUtils());
        FunctionTypes functionTypes = new FunctionTypes(types, env.getElementUtils(), checked);
        FunctionalParameters functions = new FunctionalParameters(types, type, functionTypes, declared, reporter);
        SetFormMatcher matcher = new SetFormMatcher(types, type, declared, functionTypes, functions, methodReporter);
        List<MethodModel> methods = new ArrayList<>();
        for (var method :
                new AbstractMethods(env, type, methodReporter, access, checked, generated.simpleName()).collect()) {
            matcher.match(method).ifPresent(methods::add);
        }
        functions.checkAgain();
        if (!reporter.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new MapModel(
                TypeName.get(type.asType()),
                generated,
                declared.keyKind(),
                ValueKind.none(),
                List.copyOf(methods),
                Optional.empty()));
    }

    /** The element kind, exactly as a map key's, or null after reporting why it is refused. */
    private KeyKind elementKind(TypeElement type, SetAnnotation.Read read, Reporter reporter) {
        TypeMirror element = read.element();
        Primitive primitive = Primitive.of(element.getKind());
        Primitive unboxed = element.getKind() == TypeKind.DECLARED ? unboxed(element) : null;
        if (primitive == Primitive.BOOLEAN || unboxed == Primitive.BOOLEAN) {
            reporter.error(type, read.mirror(), read.where(), Message.ELEMENT_BOOLEAN);
            return null;
        }
        if (primitive != null) {
            return KeyKind.primitive(primitive);
        }
        if (unboxed != null) {
            reporter.error(type, read.mirror(), read.where(), Message.ELEMENT_WRAPPER, element, unboxed.type());
            return null;
        }
        if (element.getKind() == TypeKind.DECLARED) {
            return KeyKind.reference(TypeName.get(types.erasure(element)));
        }
        if (element.getKind() == TypeKind.ARRAY) {
            reporter.error(type, read.mirror(), read.where(), Message.ELEMENT_ARRAY, element);
            return null;
        }
        reporter.error(type, read.mirror(), read.where(), Message.ELEMENT_KIND_UNSUPPORTED, element);
        return null;
    }

    private Primitive unboxed(TypeMirror type) {
        try {
            return Primitive.of(types.unboxedType(type).getKind());
        } catch (IllegalArgumentException notABox) {
            return null;
        }
    }
}
