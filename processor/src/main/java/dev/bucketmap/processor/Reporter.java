package dev.bucketmap.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Records the errors of one annotated interface. Errors are printed as they are found and
 * validation goes on, so a user sees every mistake at once; {@link #isClean()} tells validation
 * whether its report may carry a model to generate from.
 */
public final class Reporter {
    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** An error on one value of an annotation, the most precise place for a bad key or value type. */
    public void error(
            Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
    }

    public boolean isClean() {
        return errors == 0;
    }
}
