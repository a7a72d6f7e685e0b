package dev.bucketmap.tests.kinds;

import dev.bucketmap.runtime.MapStats;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link KindOps} for any generated map, through the methods its interface declares. Keys
 * and values are unboxed by reflection. A function argument goes through as it is when the
 * declared parameter type accepts it (e.g. {@code BiFunction<Integer, Integer, Integer>}),
 * else through a {@link Proxy} of the declared functional interface ({@code IntBinaryOperator},
 * the interface's own {@code KeyFn}, ...), so every functional parameter shape is exercised.
 */
final class ReflectiveOps<K, V> implements KindOps<K, V> {
    private final Object map;
    private final Method get,
            getOrDefault,
            containsKey,
            containsValue,
            size,
            isEmpty,
            clear,
            put,
            putIfAbsent,
            remove1,
            remove2,
            replace2,
            replace3,
            computeIfAbsent,
            computeIfPresent,
            compute,
            merge,
            addValue,
            forEach,
            forEachKey,
            forEachValue,
            removeIf,
            keys,
            values,
            cursor,
            stats;
    private final Method cNext, cKey, cValue, cSetValue, cRemove;

    ReflectiveOps(Class<?> iface, Object map) {
        if (!iface.isInstance(map)) {
            throw new IllegalArgumentException(map.getClass() + " does not implement " + iface);
        }
        this.map = map;
        get = find(iface, "get", 1, true);
        getOrDefault = find(iface, "getOrDefault", 2, true);
        containsKey = find(iface, "containsKey", 1, true);
        containsValue = find(iface, "containsValue", 1, true);
        size = find(iface, "size", 0, true);
        isEmpty = find(iface, "isEmpty", 0, true);
        clear = find(iface, "clear", 0, true);
        put = find(iface, "put", 2, true);
        putIfAbsent = find(iface, "putIfAbsent", 2, true);
        remove1 = find(iface, "remove", 1, true);
        remove2 = find(iface, "remove", 2, true);
        replace2 = find(iface, "replace", 2, true);
        replace3 = find(iface, "replace", 3, true);
        computeIfAbsent = find(iface, "computeIfAbsent", 2, true);
        computeIfPresent = find(iface, "computeIfPresent", 2, true);
        compute = find(iface, "compute", 2, true);
        merge = find(iface, "merge", 3, true);
        addValue = find(iface, "addValue", 2, false);
        forEach = find(iface, "forEach", 1, true);
        forEachKey = find(iface, "forEachKey", 1, true);
        forEachValue = find(iface, "forEachValue", 1, true);
        removeIf = find(iface, "removeIf", 1, true);
        keys = find(iface, "keys", 0, true);
        values = find(iface, "values", 0, true);
        cursor = find(iface, "cursor", 0, true);
        try {
            stats = map.getClass().getMethod("stats");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(map.getClass() + " has no public stats()", e);
        }
        Class<?> c = cursor.getReturnType();
        cNext = find(c, "next", 0, true);
        cKey = find(c, "key", 0, true);
        cValue = find(c, "value", 0, true);
        cSetValue = find(c, "setValue", 1, false);
        cRemove = find(c, "remove", 0, false);
    }

    private static Method find(Class<?> type, String name, int arity, boolean required) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)
                    && m.getParameterCount() == arity
                    && !m.isDefault()
                    && !Modifier.isStatic(m.getModifiers())) {
                if (found != null) {
                    throw new IllegalArgumentException(type + " declares " + name + "/" + arity + " twice");
                }
                found = m;
            }
        }
        if (found == null && required) {
            throw new IllegalArgumentException(type + " declares no " + name + "/" + arity);
        }
        return found;
    }

    private static Object call(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private V v(Object o) {
        return (V) o;
    }

    @SuppressWarnings("unchecked")
    private K k(Object o) {
        return (K) o;
    }

    /** {@code fn} as the type the method declares for its parameter {@code index}. */
    private static Object adapt(Method m, int index, Object fn) {
        Class<?> type = m.getParameterTypes()[index];
        if (type.isInstance(fn)) {
            return fn;
        }
        Method sam = null;
        for (Method candidate : type.getMethods()) {
            if (Modifier.isAbstract(candidate.getModifiers())) {
                if (sam != null) {
                    throw new IllegalArgumentException(type + " is not a functional interface");
                }
                sam = candidate;
            }
        }
        Method single = sam;
        if (single == null) {
            throw new IllegalArgumentException(type + " has no abstract method");
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.equals(single)) {
                return invokeGeneric(fn, args);
            }
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "proxy " + type.getSimpleName() + " of " + fn;
                default:
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.toString());
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object invokeGeneric(Object fn, Object[] args) {
        int n = args == null ? 0 : args.length;
        if (n == 1 && fn instanceof Function f) {
            return f.apply(args[0]);
        }
        if (n == 1 && fn instanceof Consumer c) {
            c.accept(args[0]);
            return null;
        }
        if (n == 2 && fn instanceof BiFunction f) {
            return f.apply(args[0], args[1]);
        }
        if (n == 2 && fn instanceof BiConsumer c) {
            c.accept(args[0], args[1]);
            return null;
        }
        if (n == 2 && fn instanceof BiPredicate p) {
            return p.test(args[0], args[1]);
        }
        throw new IllegalArgumentException(fn + " cannot take " + n + " arguments");
    }

    @Override
    public Object map() {
        return map;
    }

    @Override
    public MapStats stats() {
        return (MapStats) call(stats, map);
    }

    @Override
    public V get(K key) {
        return v(call(get, map, key));
    }

    @Override
    public V getOrDefault(K key, V dflt) {
        return v(call(getOrDefault, map, key, dflt));
    }

    @Override
    public boolean containsKey(K key) {
        return (Boolean) call(containsKey, map, key);
    }

    @Override
    public boolean containsValue(V value) {
        return (Boolean) call(containsValue, map, value);
    }

    @Override
    public int size() {
        return (Integer) call(size, map);
    }

    @Override
    public boolean isEmpty() {
        return (Boolean) call(isEmpty, map);
    }

    @Override
    public void clear() {
        call(clear, map);
    }

    @Override
    public V put(K key, V value) {
        return v(call(put, map, key, value));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return v(call(putIfAbsent, map, key, value));
    }

    @Override
    public V remove(K key) {
        return v(call(remove1, map, key));
    }

    @Override
    public boolean remove(K key, V value) {
        return (Boolean) call(remove2, map, key, value);
    }

    @Override
    public V replace(K key, V value) {
        return v(call(replace2, map, key, value));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return (Boolean) call(replace3, map, key, oldValue, newValue);
    }

    @Override
    public V computeIfAbsent(K key, Function<K, V> fn) {
        return v(call(computeIfAbsent, map, key, adapt(computeIfAbsent, 1, fn)));
    }

    @Override
    public V computeIfPresent(K key, BiFunction<K, V, V> fn) {
        return v(call(computeIfPresent, map, key, adapt(computeIfPresent, 1, fn)));
    }

    @Override
    public V compute(K key, BiFunction<K, V, V> fn) {
        return v(call(compute, map, key, adapt(compute, 1, fn)));
    }

    @Override
    public V merge(K key, V value, BinaryOperator<V> fn) {
        return v(call(merge, map, key, value, adapt(merge, 2, fn)));
    }

    @Override
    public boolean hasAddValue() {
        return addValue != null;
    }

    @Override
    public V addValue(K key, V delta) {
        if (addValue == null) {
            throw new UnsupportedOperationException("no addValue");
        }
        return v(call(addValue, map, key, delta));
    }

    @Override
    public void forEach(BiConsumer<K, V> action) {
        call(forEach, map, adapt(forEach, 0, action));
    }

    @Override
    public void forEachKey(Consumer<K> action) {
        call(forEachKey, map, adapt(forEachKey, 0, action));
    }

    @Override
    public void forEachValue(Consumer<V> action) {
        call(forEachValue, map, adapt(forEachValue, 0, action));
    }

    @Override
    public boolean removeIf(BiPredicate<K, V> filter) {
        return (Boolean) call(removeIf, map, adapt(removeIf, 0, filter));
    }

    @Override
    public Object keys() {
        return call(keys, map);
    }

    @Override
    public Object values() {
        return call(values, map);
    }

    @Override
    public boolean cursorCanEdit() {
        return cSetValue != null && cRemove != null;
    }

    @Override
    public Cursor<K, V> cursor() {
        Object c = call(cursor, map);
        return new Cursor<>() {
            @Override
            public boolean next() {
                return (Boolean) call(cNext, c);
            }

            @Override
            public K key() {
                return k(call(cKey, c));
            }

            @Override
            public V value() {
                return v(call(cValue, c));
            }

            @Override
            public void setValue(V value) {
                if (cSetValue == null) {
                    throw new UnsupportedOperationException("read-only cursor");
                }
                call(cSetValue, c, value);
            }

            @Override
            public void remove() {
                if (cRemove == null) {
                    throw new UnsupportedOperationException("read-only cursor");
                }
                call(cRemove, c);
            }
        };
    }

    /** The boxed elements of an array of any component type. */
    static List<Object> boxed(Object array) {
        int n = java.lang.reflect.Array.getLength(array);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(java.lang.reflect.Array.get(array, i));
        }
        return list;
    }
}
