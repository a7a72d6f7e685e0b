package dev.bucketmap.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Helpers for compiling test sources with the processor. */
final class Sources {
    /** Every lint but "processing": the processor never claims @BucketMap, which that lint reports. */
    static final String[] STRICT = {"-Xlint:all,-processing", "-Werror"};

    private Sources() {}

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceString(qualifiedName, String.join("\n", lines));
    }

    /** A source in package {@code test} with the usual imports. */
    static JavaFileObject interfaceSource(String name, String... body) {
        String header = "package test;\n" + "import dev.bucketmap.BucketMap;\n" + "import java.util.function.*;\n";
        return JavaFileObjects.forSourceString("test." + name, header + String.join("\n", body));
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new BucketMapProcessor())
                .withOptions((Object[]) STRICT)
                .compile(sources);
    }
}
