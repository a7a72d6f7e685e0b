package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.model.CursorModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The interface that {@code cursor()} returns: it must declare {@code boolean next()}, {@code K
 * key()} and {@code V value()}, may declare {@code void setValue(V)} and {@code void remove()},
 * and nothing else; its key and value types must agree with the other methods'.
 */
final class CursorInterface {
    private static final List<String> REQUIRED = List.of("next", "key", "value");

    private final Types types;
    private final FunctionTypes functions;
    private final DeclaredTypes declared;
    private final MethodReporter methods;

    CursorInterface(Types types, FunctionTypes functions, DeclaredTypes declared, MethodReporter methods) {
        this.types = types;
        this.functions = functions;
        this.declared = declared;
        this.methods = methods;
    }

    /** The cursor of {@code method}, or empty after reporting what is wrong with it. */
    Optional<CursorModel> check(ExecutableElement method, ExecutableType signature, DeclaredType cursorType) {
        TypeElement element = (TypeElement) cursorType.asElement();
        String k = declared.namedKey();
        String v = declared.namedValue();
        String where = TypeText.describe(method, signature);
        Set<String> found = new LinkedHashSet<>();
        boolean ok = true;
        for (FunctionTypes.AbstractMethod abstractMethod : functions.abstractMethods(cursorType)) {
            ExecutableElement m = abstractMethod.first();
            ExecutableType t = (ExecutableType) types.asMemberOf(cursorType, m);
            String name = m.getSimpleName().toString();
            List<? extends TypeMirror> ps = t.getParameterTypes();
            TypeMirror r = t.getReturnType();
            boolean fits = switch (name) {
                case "next" -> ps.isEmpty() && r.getKind() == TypeKind.BOOLEAN;
                case "key" -> ps.isEmpty() && declared.isKey(r);
                case "value" -> ps.isEmpty() && declared.isValue(r);
                case "setValue" -> ps.size() == 1 && declared.isValue(ps.get(0)) && r.getKind() == TypeKind.VOID;
                case "remove" -> ps.isEmpty() && r.getKind() == TypeKind.VOID;
                default -> false;
            };
            if (!fits) {
                methods.error(
                        method,
                        Message.CURSOR_METHOD,
                        where,
                        element.getSimpleName(),
                        TypeText.describe(m, t),
                        k,
                        v,
                        v);
                ok = false;
                continue;
            }
            // The cursor writes the key and value types as the other methods must: all must agree.
            boolean agrees = switch (name) {
                case "key" -> declared.noteKey(method, signature, r);
                case "value" -> declared.noteValue(method, signature, r);
                case "setValue" -> declared.noteValue(method, signature, ps.get(0));
                default -> true;
            };
            if (agrees) {
                found.add(name);
            } else {
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (ok && !found.contains(required)) {
                String sig = switch (required) {
                    case "next" -> "boolean next()";
                    case "key" -> k + " key()";
                    default -> v + " value()";
                };
                methods.error(method, Message.CURSOR_MISSING, where, element.getSimpleName(), sig);
                ok = false;
            }
        }
        return ok ? Optional.of(new CursorModel(TypeName.get(cursorType))) : Optional.empty();
    }
}
