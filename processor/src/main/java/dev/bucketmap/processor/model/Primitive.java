package dev.bucketmap.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeKind;

/** The eight primitive types, with what key and value kinds need to know about each. */
public enum Primitive {
    BYTE(TypeName.BYTE, 8, "Byte", "(byte) 0"),
    SHORT(TypeName.SHORT, 16, "Short", "(short) 0"),
    CHAR(TypeName.CHAR, 16, "Char", "(char) 0"),
    INT(TypeName.INT, 32, "Int", "0"),
    LONG(TypeName.LONG, 64, "Long", "0L"),
    FLOAT(TypeName.FLOAT, 32, "Float", "0.0f"),
    DOUBLE(TypeName.DOUBLE, 64, "Double", "0.0"),
    BOOLEAN(TypeName.BOOLEAN, 1, "Boolean", "false");

    private final TypeName type;
    private final int bits;
    private final String streamName;
    private final String zero;

    Primitive(TypeName type, int bits, String streamName, String zero) {
        this.type = type;
        this.bits = bits;
        this.streamName = streamName;
        this.zero = zero;
    }

    /** The primitive of a javax.lang.model type kind, or null if it is not primitive. */
    public static Primitive of(TypeKind kind) {
        return switch (kind) {
            case BYTE -> BYTE;
            case SHORT -> SHORT;
            case CHAR -> CHAR;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            default -> null;
        };
    }

    public TypeName type() {
        return type;
    }

    /** Width in bits (1 for boolean). */
    public int bits() {
        return bits;
    }

    /** The suffix of its {@code DataOutput.writeX}/{@code DataInput.readX} methods. */
    public String streamName() {
        return streamName;
    }

    /** Its zero as a Java literal of exactly this type: the default absent value. */
    public String zero() {
        return zero;
    }

    /** True when {@code a + b} is an {@code int} that needs a cast back to this type. */
    public boolean narrowerThanInt() {
        return this == BYTE || this == SHORT || this == CHAR;
    }
}
