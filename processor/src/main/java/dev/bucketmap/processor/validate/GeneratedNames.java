package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The names of the generated classes, and what validation must remember about them from one
 * interface to the next within a processing run: the names already claimed and the top-level types
 * compiled from source, since a generated class may take neither. The processor keeps one and
 * passes it to every validation.
 */
public final class GeneratedNames {
    /** Top-level types compiled from source in any round so far, by qualified name. */
    private final Set<String> sourceTypes = new HashSet<>();
    /** The generated classes claimed so far, and the interface each implements. */
    private final Map<String, String> claimed = new HashMap<>();

    /** Notes the types of a round's sources, which a generated class must not replace. */
    public void addSources(Set<? extends Element> roots) {
        for (Element root : roots) {
            if (root instanceof TypeElement type) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
    }

    /** {@code p.BucketMap_Outer_Inner} for {@code p.Outer.Inner} and the prefix {@code BucketMap_}. */
    static ClassName of(TypeElement type, String prefix) {
        Element e = type;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        String pkg = ((PackageElement) e).getQualifiedName().toString();
        return ClassName.get(pkg, prefix + flatName(type));
    }

    /** {@code Outer_Inner} for {@code p.Outer.Inner}. */
    static String flatName(TypeElement type) {
        StringBuilder sb = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
            sb.insert(0, t.getSimpleName() + "_");
        }
        return sb.toString();
    }

    /**
     * True if the class {@code name} may be generated for {@code type}. False after reporting that
     * another interface claimed it or a source type has it, and false without an error when {@code
     * type} itself claimed it already.
     */
    boolean isFree(TypeElement type, ClassName name, Reporter reporter) {
        String interfaceName = type.getQualifiedName().toString();
        String earlier = claimed.get(name.canonicalName());
        if (earlier != null) {
            if (!earlier.equals(interfaceName)) {
                reporter.error(
                        type,
                        Message.GENERATED_NAME_TWICE,
                        annotation(name),
                        earlier,
                        interfaceName,
                        name.simpleName());
            }
            return false;
        }
        if (sourceTypes.contains(name.canonicalName())) {
            String pkg = name.packageName().isEmpty() ? "the unnamed package" : "package " + name.packageName();
            reporter.error(
                    type, Message.GENERATED_NAME_TAKEN, annotation(name), type.getSimpleName(), name.simpleName(), pkg);
            return false;
        }
        return true;
    }

    /** {@code @BucketSet} for a set's generated class, else {@code @BucketMap}. */
    private static String annotation(ClassName generated) {
        return generated.simpleName().startsWith("BucketSet_") ? "@BucketSet" : "@BucketMap";
    }

    /** Records that {@code name} is generated for {@code type}, whose validation found no error. */
    void claim(TypeElement type, ClassName name) {
        claimed.put(name.canonicalName(), type.getQualifiedName().toString());
    }
}
