package dev.bucketmap.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.bucketmap.processor.generate.MapGenerator;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.validate.AnnotationReader;
import dev.bucketmap.processor.validate.DefaultMethodClashes;
import dev.bucketmap.processor.validate.MapValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Generates {@code BucketMap_Foo} for every interface {@code Foo} annotated with {@code
 * @BucketMap}. The pipeline, one stage per package: read the annotation and validate the interface
 * into an immutable model ({@code validate}, {@code model}), generate the source ({@code
 * generate}), check that its name is free and that it clashes with no default method of the
 * interface, and write it here. Errors are reported on the exact element and stop generation for
 * that interface only; the processor never claims the annotation.
 *
 * <p>An interface that mentions a type not generated yet (by another processor) is deferred, by
 * name, to a later round.
 */
@AutoService(Processor.class)
public final class BucketMapProcessor extends AbstractProcessor {
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Top-level types compiled from source in any round so far, by qualified name. */
  private final Set<String> sourceTypes = new HashSet<>();
  /** The generated classes written so far, and the interface each implements. */
  private final Map<String, String> generated = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AnnotationReader.ANNOTATION);
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
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(AnnotationReader.ANNOTATION);
    if (annotation != null) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof TypeElement type) {
          work.add(type);
        }
      }
    }
    for (TypeElement type : work) {
      if (mentionsMissingTypes(type)) {
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

  private void process(TypeElement type) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    Optional<MapModel> model = new MapValidator(processingEnv).validate(type, reporter);
    if (model.isEmpty() || !reporter.isClean()) {
      return;
    }
    ClassName name = model.get().generatedName();
    String interfaceName = type.getQualifiedName().toString();
    String earlier = generated.get(name.canonicalName());
    if (earlier != null) {
      if (!earlier.equals(interfaceName)) {
        reporter.error(type, Message.GENERATED_NAME_TWICE, earlier, interfaceName, name.simpleName());
      }
      return;
    }
    if (sourceTypes.contains(name.canonicalName())) {
      String pkg = name.packageName().isEmpty() ? "the unnamed package" : "package " + name.packageName();
      reporter.error(type, Message.GENERATED_NAME_TAKEN, type.getSimpleName(), name.simpleName(), pkg);
      return;
    }
    JavaFile file =
        new MapGenerator(GeneratedAnnotation.readableFrom(processingEnv.getElementUtils(), type))
            .generate(model.get());
    new DefaultMethodClashes(processingEnv).check(type, file.typeSpec(), reporter);
    if (!reporter.isClean()) {
      return;
    }
    generated.put(name.canonicalName(), interfaceName);
    // One originating element per file: Gradle's isolating mode needs exactly one.
    try (Writer writer =
        processingEnv.getFiler().createSourceFile(name.canonicalName(), type).openWriter()) {
      file.writeTo(writer);
    } catch (IOException e) {
      reporter.error(type, Message.WRITE_FAILED, name, e);
    }
  }

  /** True if the interface's annotation or methods refer to a type javac cannot resolve yet. */
  private boolean mentionsMissingTypes(TypeElement type) {
    Optional<AnnotationReader.Read> read = AnnotationReader.read(type);
    if (read.isPresent()
        && (isError(read.get().key().type()) || isError(read.get().value().type()))) {
      return true;
    }
    for (ExecutableElement m :
        ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      if (isError(m.getReturnType())
          || m.getParameters().stream().anyMatch(p -> isError(p.asType()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isError(TypeMirror t) {
    return t.getKind() == TypeKind.ERROR;
  }
}
