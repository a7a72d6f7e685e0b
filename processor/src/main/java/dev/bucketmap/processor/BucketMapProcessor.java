package dev.bucketmap.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.bucketmap.processor.generate.MapGenerator;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.validate.AnnotationReader;
import dev.bucketmap.processor.validate.GeneratedNames;
import dev.bucketmap.processor.validate.MapValidator;
import dev.bucketmap.processor.validate.MissingTypes;
import dev.bucketmap.processor.validate.SetAnnotation;
import dev.bucketmap.processor.validate.SetValidator;
import dev.bucketmap.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code BucketMap_Foo} for every interface {@code Foo} annotated with {@code
 * @BucketMap}, and {@code BucketSet_Ids} for every {@code @BucketSet} interface {@code Ids} (a map
 * with no values, validated by {@link SetValidator}). The pipeline, one stage per package: read the annotation and validate the interface
 * ({@code validate}), which returns a report with an immutable model ({@code model}) only when
 * there was no error; generate the source from the model ({@code generate}); write it here. Every
 * check is validation's, so nothing is generated for an interface with an error, and the other
 * interfaces are not affected; the processor never claims the annotation.
 *
 * <p>An interface that mentions a type not generated yet (by another processor) is deferred, by
 * name, to a later round.
 */
@AutoService(Processor.class)
public final class BucketMapProcessor extends AbstractProcessor {
    private final Set<String> deferred = new LinkedHashSet<>();
    /** What validation remembers across interfaces and rounds: the names taken and generated. */
    private final GeneratedNames names = new GeneratedNames();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationReader.ANNOTATION, SetAnnotation.ANNOTATION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> work = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                work.add(type);
            }
        }
        deferred.clear();
        names.addSources(round.getRootElements());
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(AnnotationReader.ANNOTATION);
        if (annotation != null) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof TypeElement type && !SetAnnotation.isOn(type)) {
                    work.add(type);
                }
            }
        }
        TypeElement setAnnotation = processingEnv.getElementUtils().getTypeElement(SetAnnotation.ANNOTATION);
        if (setAnnotation != null) {
            for (Element e : round.getElementsAnnotatedWith(setAnnotation)) {
                if (e instanceof TypeElement type) {
                    work.add(type);
                }
            }
        }
        for (TypeElement type : work) {
            if (MissingTypes.in(type, processingEnv.getElementUtils())) {
                if (!round.processingOver()) {
                    deferred.add(type.getQualifiedName().toString());
                }
                continue; // still missing in the last round: javac reports the unknown type itself
            }
            try {
                process(type);
            } catch (RuntimeException | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                new Reporter(processingEnv.getMessager()).error(type, Message.PROCESSOR_FAILED, trace);
            }
        }
        return false;
    }

    /** Validate, then generate and write only from a clean report. */
    private void process(TypeElement type) {
        ValidationReport report = SetAnnotation.isOn(type)
                ? new SetValidator(processingEnv).validate(type, names)
                : new MapValidator(processingEnv).validate(type, names);
        if (report.isClean()) {
            boolean generatedAnnotation = GeneratedAnnotation.readableFrom(processingEnv.getElementUtils(), type);
            report.model()
                    .ifPresent(model -> write(type, model, new MapGenerator(generatedAnnotation).generate(model)));
        }
    }

    private void write(TypeElement type, MapModel model, JavaFile file) {
        String name = model.generatedName().canonicalName();
        // One originating element per file: Gradle's isolating mode needs exactly one.
        try (Writer writer =
                processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
            file.writeTo(writer);
        } catch (IOException e) {
            new Reporter(processingEnv.getMessager()).error(type, Message.WRITE_FAILED, model.generatedName(), e);
        }
    }
}
