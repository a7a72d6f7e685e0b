package dev.bucketmap.examples.dropin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A day in the life of the directory, the same on every run: hire, look up, rename, let go,
 * lay off a whole family, then list everybody. Returns every answer the directory gave, so that two runs on two
 * tables can be compared.
 */
final class Workload {

    /** Every answer of one run. */
    record Answers(
            int hired,
            int duplicateHires,
            long lookupsFound,
            long membersFound,
            int renamed,
            int left,
            int laidOff,
            int headcount,
            int surnames,
            String commonestSurname,
            String idChecksum,
            String nameOfSmallestId) {}

    private Workload() {}

    static Answers run(UserDirectory directory, int users, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int hired = 0;
        for (int n = 1; n <= users; n++) {
            if (directory.hire(Staff.id(n), Staff.name(n))) {
                hired++;
            }
        }
        int duplicates = 0;
        for (int i = 0; i < users / 20; i++) {
            int n = 1 + random.nextInt(users);
            if (!directory.hire(Staff.id(n), "Someone Else")) {
                duplicates++;
            }
        }
        long found = 0;
        long members = 0;
        for (int i = 0; i < users; i++) {
            int known = 1 + random.nextInt(users);
            int unknown = users + 1 + random.nextInt(users);
            found += directory.nameOf(Staff.id(known)) != null ? 1 : 0;
            found += directory.nameOf(Staff.id(unknown)) != null ? 1 : 0;
            members += directory.isUser(Staff.id(1 + random.nextInt(2 * users))) ? 1 : 0;
        }
        int renamed = 0;
        for (int i = 0; i < users / 10; i++) {
            int n = 1 + random.nextInt(users);
            if (directory.rename(Staff.id(n), Staff.name(n + users))) {
                renamed++;
            }
        }
        int left = 0;
        for (int i = 0; i < users / 5; i++) {
            if (directory.leave(Staff.id(1 + random.nextInt(users)))) {
                left++;
            }
        }
        int laidOff = directory.layOff("Kay");
        Map<String, Integer> surnames = directory.surnames();
        String commonest = surnames.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " (" + String.format(Locale.ROOT, "%,d", e.getValue()) + ")")
                .orElse("-");
        List<String> first = directory.firstByIdOf(1);
        return new Answers(
                hired,
                duplicates,
                found,
                members,
                renamed,
                left,
                laidOff,
                directory.headcount(),
                surnames.size(),
                commonest,
                String.format(Locale.ROOT, "%016x", directory.idChecksum()),
                first.isEmpty() ? "-" : first.get(0).substring(first.get(0).indexOf(' ') + 1));
    }
}
