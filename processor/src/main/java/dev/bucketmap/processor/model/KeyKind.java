package dev.bucketmap.processor.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * What the generator needs to know about a key type: how it is stored, hashed, compared, boxed
 * and serialized. The engine is written once against this model; each kind supplies only these
 * small pieces of code.
 *
 * <p>This version has one kind, {@link #LONG}. Keys of 64-bit kinds share their array with the
 * bucket's packed tophash word (one {@code long} then eight keys per bucket), so a lookup reads
 * the tophash and the keys from the same cache lines.
 */
public abstract class KeyKind {
  /** {@code long} keys. */
  public static final KeyKind LONG =
      new KeyKind() {
        @Override
        public TypeName type() {
          return TypeName.LONG;
        }

        @Override
        public TypeName boxed() {
          return TypeName.LONG.box();
        }

        @Override
        public TypeName storage() {
          return TypeName.LONG;
        }

        @Override
        public CodeBlock hash(String key) {
          return CodeBlock.of("$T.mix($L, seed)", RuntimeTypes.HASHING, key);
        }

        @Override
        public CodeBlock equal(String a, String b) {
          return CodeBlock.of("$L == $L", a, b);
        }

        @Override
        public CodeBlock boxedHashCode(String key) {
          return CodeBlock.of("$T.hashCode($L)", TypeName.LONG.box(), key);
        }

        @Override
        public CodeBlock write(String out, String key) {
          return CodeBlock.of("$L.writeLong($L)", out, key);
        }

        @Override
        public CodeBlock read(String in) {
          return CodeBlock.of("$L.readLong()", in);
        }
      };

  /** The key type as written in method signatures. */
  public abstract TypeName type();

  /** Its box, for {@code java.util.Map} views and boxed functional interfaces. */
  public abstract TypeName boxed();

  /** The element type of the array that stores keys (and the tophash words). */
  public abstract TypeName storage();

  /** The seeded 64-bit hash of {@code key}, using the map's field {@code seed}. */
  public abstract CodeBlock hash(String key);

  /** Key equality, as the contract defines it for this kind. */
  public abstract CodeBlock equal(String a, String b);

  /** The boxed key's {@code hashCode()}, for {@code Map.hashCode()}. */
  public abstract CodeBlock boxedHashCode(String key);

  /** Writes one key to an {@code ObjectOutputStream}. */
  public abstract CodeBlock write(String out, String key);

  /** Reads one key from an {@code ObjectInputStream}. */
  public abstract CodeBlock read(String in);

  @Override
  public String toString() {
    return type().toString();
  }
}
