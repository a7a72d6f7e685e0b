package dev.bucketmap.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** A class loader over the class files of a compile-testing compilation (kept in memory). */
final class CompiledClasses extends ClassLoader {
    private static final String OUTPUT = "CLASS_OUTPUT/";
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf(OUTPUT);
            if (file.getKind() != JavaFileObject.Kind.CLASS || at < 0) {
                continue;
            }
            String name = path.substring(at + OUTPUT.length(), path.length() - ".class".length());
            try (InputStream in = file.openInputStream()) {
                classes.put(name.replace('/', '.'), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean has(String name) {
        return classes.containsKey(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
