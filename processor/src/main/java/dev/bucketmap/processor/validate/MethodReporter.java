package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reports an error about one method of the annotated interface: on the method itself when the
 * interface declares it, else on the interface, naming the method "(inherited from X)", since a
 * superinterface may be in another file or even a library.
 */
final class MethodReporter {
    private final TypeElement type;
    private final Reporter reporter;

    MethodReporter(TypeElement type, Reporter reporter) {
        this.type = type;
        this.reporter = reporter;
    }

    /** Reports {@code message}, whose first argument describes {@code method}. */
    void error(ExecutableElement method, Message message, Object... args) {
        if (isOwn(method)) {
            reporter.error(method, message, args);
        } else {
            Object[] named = args.clone();
            named[0] = inherited(String.valueOf(args[0]), method);
            reporter.error(type, message, named);
        }
    }

    boolean isOwn(ExecutableElement method) {
        return method.getEnclosingElement().equals(type);
    }

    /** {@code described}, followed by "(inherited from X)" when the method is inherited. */
    String where(String described, ExecutableElement method) {
        return isOwn(method) ? described : inherited(described, method);
    }

    private static String inherited(String described, ExecutableElement method) {
        return Message.INHERITED.format(described, ((TypeElement) method.getEnclosingElement()).getQualifiedName());
    }
}
