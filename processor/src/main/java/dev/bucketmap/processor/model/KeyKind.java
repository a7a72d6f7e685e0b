package dev.bucketmap.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * What the generator needs to know about a key type: how it is stored, hashed, compared, boxed
 * and serialized. The engine is written once against this model; each kind supplies only these
 * small pieces of code.
 *
 * <p>Inside the map every key is handled in its <em>stored</em> form, {@link #storage()}: the
 * key itself for {@code long}, {@code int} and reference keys, the key widened to {@code int}
 * for {@code byte}/{@code short}/{@code char}, and the canonical bit pattern for {@code float}
 * ({@code int}) and {@code double} ({@code long}), so that equality of stored keys is {@code
 * ==} and matches {@code Float.equals}/{@code Double.equals}. Keys are converted once, where
 * they enter ({@link #toStorage}) or leave ({@link #fromStorage}) the map.
 */
public final class KeyKind {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final TypeName type;
    private final Layout layout;
    private final Primitive primitive;
    private final boolean isString;

    private KeyKind(TypeName type, Layout layout, Primitive primitive, boolean isString) {
        this.type = type;
        this.layout = layout;
        this.primitive = primitive;
        this.isString = isString;
    }

    /** A primitive key kind; {@code boolean} is not one. */
    public static KeyKind primitive(Primitive primitive) {
        if (primitive == Primitive.BOOLEAN) {
            throw new IllegalArgumentException("boolean keys are not supported");
        }
        Layout layout = primitive.bits() == 64 ? Layout.LONG_WORDS : Layout.INT_WORDS;
        return new KeyKind(primitive.type(), layout, primitive, false);
    }

    /**
     * A reference key kind: hashed from its characters for {@code String}, else from its
     * hashCode(). {@code type} is the key type as the interface writes it, which may be
     * parameterized ({@code List<String>}); the table stores such keys as its reifiable form
     * ({@code List<?>}), see {@link TypeNames}.
     */
    public static KeyKind reference(TypeName type) {
        boolean isString = type.equals(ClassName.get(String.class));
        return new KeyKind(type, Layout.SEPARATE_WORDS, null, isString);
    }

    /** This reference kind with the key type as the interface's methods write it. */
    public KeyKind declaredAs(TypeName declared) {
        if (primitive != null) {
            throw new IllegalStateException("a primitive key type is never declared otherwise");
        }
        return reference(declared);
    }

    /**
     * True when reading a stored key as the key type needs an unchecked cast: a parameterized key
     * type such as {@code List<String>}.
     */
    public boolean needsUncheckedCast() {
        return primitive == null && TypeNames.needsCast(type);
    }

    /** An expression creating an array of {@code length} keys, for {@code keys()}. */
    public CodeBlock newArray(String length) {
        return TypeNames.newArray(type, length);
    }

    /** The key type as written in method signatures. */
    public TypeName type() {
        return type;
    }

    /** Its box, for {@code java.util.Map} views and boxed functional interfaces. */
    public TypeName boxed() {
        return type.box();
    }

    /** How the table stores keys and tophash words. */
    public Layout layout() {
        return layout;
    }

    /** True for reference keys (which may be {@code null}). */
    public boolean isReference() {
        return primitive == null;
    }

    /** The type keys have inside the map: {@code long}, {@code int}, or the reference type. */
    public TypeName storage() {
        return switch (layout) {
            case LONG_WORDS -> TypeName.LONG;
            case INT_WORDS -> TypeName.INT;
            case SEPARATE_WORDS -> TypeNames.reifiable(type);
        };
    }

    /** True when a key's stored form is the key itself (no conversion code at all). */
    public boolean storedAsIs() {
        return primitive == null
                || primitive == Primitive.LONG
                || primitive == Primitive.INT
                || primitive == Primitive.BYTE
                || primitive == Primitive.SHORT
                || primitive == Primitive.CHAR;
    }

    /** The stored form of {@code key} (widening needs no code, bit patterns do). */
    public CodeBlock toStorage(CodeBlock key) {
        if (primitive == Primitive.FLOAT) {
            return CodeBlock.of("$T.floatToIntBits($L)", Float.class, key);
        }
        if (primitive == Primitive.DOUBLE) {
            return CodeBlock.of("$T.doubleToLongBits($L)", Double.class, key);
        }
        return key;
    }

    /** The key a stored form stands for. */
    public CodeBlock fromStorage(CodeBlock stored) {
        if (primitive == null) {
            return needsUncheckedCast() ? CodeBlock.of("($T) $L", type, stored) : stored;
        }
        return switch (primitive) {
            case BYTE, SHORT, CHAR -> CodeBlock.of("($T) $L", type, stored);
            case FLOAT -> CodeBlock.of("$T.intBitsToFloat($L)", Float.class, stored);
            case DOUBLE -> CodeBlock.of("$T.longBitsToDouble($L)", Double.class, stored);
            default -> stored;
        };
    }

    /** The seeded 64-bit hash of a stored key, with the {@code seed} in scope (a parameter). */
    public CodeBlock hash(String stored) {
        ClassName hashing = RuntimeTypes.HASHING;
        if (primitive != null) {
            return CodeBlock.of("$T.mix($L, seed)", hashing, stored);
        }
        if (isString) {
            return CodeBlock.of("$T.mixString($L, seed)", hashing, stored);
        }
        return CodeBlock.of("$T.mixHashCode($T.hashCode($L), seed)", hashing, OBJECTS, stored);
    }

    /** Equality of a stored key and the stored key searched for, as the contract defines it. */
    public CodeBlock equal(CodeBlock stored, String key) {
        if (primitive == null) {
            return CodeBlock.of("$T.equals($L, $L)", OBJECTS, key, stored);
        }
        return CodeBlock.of("$L == $L", stored, key);
    }

    /** The boxed key's {@code hashCode()}, for {@code Map.hashCode()}. */
    public CodeBlock boxedHashCode(String stored) {
        if (primitive == null) {
            return CodeBlock.of("$T.hashCode($L)", OBJECTS, stored);
        }
        return CodeBlock.of("$T.hashCode($L)", type.box(), fromStorage(CodeBlock.of("$L", stored)));
    }

    /** Writes one stored key to an {@code ObjectOutputStream}. */
    public CodeBlock write(String out, String stored) {
        if (primitive == null) {
            return CodeBlock.of("$L.writeObject($L)", out, stored);
        }
        return CodeBlock.of("$L.write$L($L)", out, primitive.streamName(), fromStorage(CodeBlock.of("$L", stored)));
    }

    /**
     * Reads one key from an {@code ObjectInputStream} in its stored form; for reference keys the
     * {@code Object} read, which the caller checks and casts.
     */
    public CodeBlock read(String in) {
        if (primitive == null) {
            return CodeBlock.of("$L.readObject()", in);
        }
        return toStorage(CodeBlock.of("$L.read$L()", in, primitive.streamName()));
    }

    @Override
    public String toString() {
        return type.toString();
    }

    /**
     * Where a table keeps its keys and each bucket's packed tophash word. Primitive keys share one
     * array with the word (the word first, then the bucket's 8 keys), so a lookup reads the tophash
     * and the keys from the same cache lines; reference keys cannot share an array with a {@code
     * long}, so their words have an array of their own.
     */
    public enum Layout {
        /** {@code long[]}: per bucket the word, then 8 keys (stride 9; 17 with values beside the keys). */
        LONG_WORDS(1),
        /** {@code int[]}: per bucket the word as two ints, then 8 keys (stride 10; 18 with values beside the keys). */
        INT_WORDS(2),
        /** {@code K[]} with 8 keys per bucket, and a {@code long[]} of words. */
        SEPARATE_WORDS(0);

        private final int wordElements;

        Layout(int wordElements) {
            this.wordElements = wordElements;
        }

        /** Elements of the key array that the tophash word takes at the start of each bucket. */
        public int wordElements() {
            return wordElements;
        }

        public boolean interleaved() {
            return wordElements > 0;
        }
    }
}
