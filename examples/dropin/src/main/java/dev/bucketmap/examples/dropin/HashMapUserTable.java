package dev.bucketmap.examples.dropin;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** What the directory used before: a {@code HashMap<Long, String>}, boxing every id. */
final class HashMapUserTable implements UserTable {

    private final Map<Long, String> names = new HashMap<>();

    @Override
    public String get(long id) {
        return names.get(id);
    }

    @Override
    public boolean containsKey(long id) {
        return names.containsKey(id);
    }

    @Override
    public String put(long id, String name) {
        return names.put(id, name);
    }

    @Override
    public String putIfAbsent(long id, String name) {
        return names.putIfAbsent(id, name);
    }

    @Override
    public String replace(long id, String name) {
        return names.replace(id, name);
    }

    @Override
    public String remove(long id) {
        return names.remove(id);
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public void forEach(BiConsumer<Long, String> action) {
        names.forEach(action);
    }
}
