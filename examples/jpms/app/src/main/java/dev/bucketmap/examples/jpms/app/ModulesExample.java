package dev.bucketmap.examples.jpms.app;

import dev.bucketmap.examples.jpms.names.UserNames;
import dev.bucketmap.runtime.MapStats;
import java.util.List;
import java.util.TreeMap;

/**
 * Generated maps in named modules: a map exported by another module and one of this module's
 * own, then which modules they live in and which modules the run needed.
 */
public final class ModulesExample {
    private ModulesExample() {}

    public static void main(String[] args) {
        UserNames users = UserNames.of("Ada", "Grace", "Barbara", "Edsger");
        Logins logins = new BucketMap_Logins();
        for (long userId : new long[] {1, 2, 1, 4, 1, 2}) {
            logins.addValue(userId, 1);
        }

        TreeMap<Long, String> sorted = new TreeMap<>();
        users.forEach(sorted::put);
        sorted.forEach((id, name) -> System.out.printf("user %d %-8s logins %d%n", id, name, logins.get(id)));

        MapStats stats = logins.stats();
        System.out.printf(
                "users: %d, users who logged in: %d, buckets of the logins map: %d%n",
                users.size(), stats.size(), stats.buckets());
        for (Class<?> type : List.of(users.getClass(), logins.getClass(), MapStats.class)) {
            System.out.printf(
                    "%-20s in module %s%n",
                    type.getSimpleName(), type.getModule().getName());
        }
        // requires static: the annotations module was needed to compile, and is absent at run time.
        System.out.println("dev.bucketmap at run time: "
                + ModuleLayer.boot().findModule("dev.bucketmap").isPresent());
    }
}
