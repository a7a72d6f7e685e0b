package dev.bucketmap.tests.kinds;

/** Keys and values in failure messages, with the details that tell equal-looking ones apart. */
final class Show {
    private Show() {}

    static String of(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Float f) {
            return f + "(bits 0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
        }
        if (o instanceof Double d) {
            return d + "(bits 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
        }
        if (o instanceof Character c) {
            return "'\\u" + String.format("%04x", (int) c) + "'";
        }
        if (o instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length() && i < 80; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7f) {
                    sb.append(c);
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            }
            return sb.append(s.length() > 80 ? "...\"" : "\"").toString();
        }
        if (o instanceof Byte || o instanceof Short) {
            return o + "(" + o.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return String.valueOf(o);
    }
}
