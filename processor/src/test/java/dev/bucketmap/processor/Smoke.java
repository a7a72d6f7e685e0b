package dev.bucketmap.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a generated class compiled by a {@link Batch} and calls, by reflection, every form its
 * interface declares, once each, on a one-entry map: a smoke test that the class is loadable and
 * usable, not a test of the semantics (the {@code tests/} module does that). Functional parameters
 * get proxies that count their calls.
 */
final class Smoke {
    private final String name;
    private final ClassLoader loader;
    private final Class<?> type;
    private final Object map;
    private final Object key;
    private final Object value;
    private int calls;

    private Smoke(ClassLoader loader, String name, Object key, Object value) throws Exception {
        this.name = "test." + name;
        this.loader = loader;
        this.type = loader.loadClass(this.name);
        this.map = loader.loadClass("test.BucketMap_" + name).getConstructor().newInstance();
        this.key = key;
        this.value = value;
    }

    /** A sample of a kind, made by {@code test.Kinds.sample} (compiled with the interfaces). */
    static Object sample(ClassLoader loader, String kind) throws Exception {
        return loader.loadClass("test.Kinds").getMethod("sample", String.class).invoke(null, kind);
    }

    /** Exercises {@code test.BucketMap_<name>} with one entry {@code key -> value}. */
    static void exercise(ClassLoader loader, String name, Object key, Object value) throws Exception {
        new Smoke(loader, name, key, value).run();
    }

    private void run() throws Exception {
        if (has("computeIfAbsent", 2)) {
            Object computed = call("computeIfAbsent", key, fn("computeIfAbsent", 2, 1));
            same("computeIfAbsent on a missing key", value, computed);
            called("computeIfAbsent", 1);
        }
        if (has("put", 2)) {
            call("put", key, value);
        } else if (has("merge", 3)) {
            call("merge", key, value, fn("merge", 3, 2)); // a missing key: merge stores the value, calls nothing
        }
        check("get", 1, value, key);
        check("getOrDefault", 2, value, key, value);
        check("size", 0, 1);
        check("isEmpty", 0, false);
        check("containsKey", 1, true, key);
        check("containsValue", 1, true, value);
        if (has("keys", 0)) {
            Object keys = call("keys");
            assertEquals(1, Array.getLength(keys), name + ".keys().length");
            same("keys()[0]", key, Array.get(keys, 0));
        }
        if (has("values", 0)) {
            Object values = call("values");
            assertEquals(1, Array.getLength(values), name + ".values().length");
            same("values()[0]", value, Array.get(values, 0));
        }
        if (has("cursor", 0)) {
            cursor();
        }
        for (String each : new String[] {"forEach", "forEachKey", "forEachValue"}) {
            if (has(each, 1)) {
                call(each, fn(each, 1, 0));
                called(each, 1);
            }
        }
        if (has("compute", 2)) {
            same("compute", value, call("compute", key, fn("compute", 2, 1)));
            called("compute", 1);
        }
        if (has("computeIfPresent", 2)) {
            Object computed = call("computeIfPresent", key, fn("computeIfPresent", 2, 1));
            same("computeIfPresent", value, computed);
            called("computeIfPresent", 1);
        }
        if (has("merge", 3)) {
            same("merge on a present key", value, call("merge", key, value, fn("merge", 3, 2)));
            called("merge", 1);
        }
        check("putIfAbsent", 2, value, key, value);
        check("replace", 2, value, key, value);
        check("replace", 3, true, key, value, value);
        if (map instanceof Map<?, ?> m) {
            asMap(m);
        }
        if (has("stats", 0)) {
            assertNotNull(call("stats"), name + ".stats()");
        }
        if (has("addValue", 2)) {
            Object sum = call("addValue", key, value);
            check("get", 1, sum, key);
        }
        if (has("removeIf", 1)) {
            assertEquals(true, call("removeIf", fn("removeIf", 1, 0)), name + ".removeIf(all)");
            called("removeIf", 1);
            check("size", 0, 0);
            if (!has("put", 2)) {
                return;
            }
            call("put", key, value);
        }
        check("remove", 2, true, key, value);
        if (has("clear", 0)) {
            call("clear");
            check("size", 0, 0);
        }
    }

    private void cursor() throws Exception {
        Object c = call("cursor");
        Class<?> ct = method(type, "cursor", 0).orElseThrow().getReturnType();
        assertEquals(true, invoke(ct, c, "next"), name + ": cursor's first next()");
        same("cursor key()", key, invoke(ct, c, "key"));
        same("cursor value()", value, invoke(ct, c, "value"));
        if (method(ct, "setValue", 1).isPresent()) {
            invoke(ct, c, "setValue", value);
        }
        assertEquals(false, invoke(ct, c, "next"), name + ": cursor's second next()");
    }

    private void asMap(Map<?, ?> m) {
        same("Map.get(boxed key)", value, m.get(key));
        assertTrue(m.containsKey(key), name + ": Map.containsKey(boxed key)");
        assertEquals(1, m.entrySet().size(), name + ".entrySet().size()");
        Map<?, ?> copy = new HashMap<>(m);
        assertTrue(copy.equals(m) && m.equals(copy), name + " equals a HashMap copy, both ways");
        assertEquals(copy.hashCode(), m.hashCode(), name + ".hashCode() as HashMap's");
        assertTrue(m.toString().startsWith("{"), name + ".toString()");
    }

    // ---- reflection ----

    /** A proxy for parameter {@code index} of the form, counting its calls. */
    private Object fn(String form, int arity, int index) {
        Class<?> fnType = method(type, form, arity).orElseThrow().getParameterTypes()[index];
        InvocationHandler handler = (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "fn";
                };
            }
            if (m.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, m, args);
            }
            calls++;
            Class<?> r = m.getReturnType();
            return r == void.class ? null : r == boolean.class || r == Boolean.class ? Boolean.TRUE : value;
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {fnType}, handler);
    }

    private void called(String form, int expected) {
        assertEquals(expected, calls, name + "." + form + ": calls of the function");
        calls = 0;
    }

    private boolean has(String form, int arity) {
        return method(type, form, arity).isPresent();
    }

    /** If the interface declares the form: calls it and compares the result. */
    private void check(String form, int arity, Object expected, Object... args) throws Exception {
        if (has(form, arity)) {
            same(form + Arrays.deepToString(args), expected, call(form, args));
        }
    }

    private Object call(String form, Object... args) throws Exception {
        Method m = method(type, form, args.length)
                .orElseThrow(() ->
                        new AssertionError(name + " declares no " + form + " with " + args.length + " parameters"));
        return invoke(m, map, args);
    }

    private static Object invoke(Class<?> t, Object target, String method, Object... args) throws Exception {
        return invoke(method(t, method, args.length).orElseThrow(), target, args);
    }

    private static Object invoke(Method m, Object target, Object... args) throws Exception {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m + " threw " + e.getCause(), e.getCause());
        }
    }

    private static Optional<Method> method(Class<?> t, String name, int arity) {
        return Arrays.stream(t.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .findFirst();
    }

    private void same(String what, Object expected, Object actual) {
        assertTrue(
                Objects.deepEquals(expected, actual),
                name + ": " + what + " gave " + Arrays.deepToString(new Object[] {actual}) + ", expected "
                        + Arrays.deepToString(new Object[] {expected}));
    }
}
