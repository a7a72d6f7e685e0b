package dev.bucketmap.examples.dropin;

import java.util.Map;
import java.util.TreeMap;

/**
 * Existing-looking application code: a company's user directory, by user id. It knows its
 * table only as a {@link UserTable}, so whichever map it is given, it works the same.
 */
final class UserDirectory {

    private final UserTable users;

    UserDirectory(UserTable users) {
        this.users = users;
    }

    /** Adds a user; false if the id is taken. */
    boolean hire(long id, String name) {
        return users.putIfAbsent(id, name) == null;
    }

    /** The user's name, or {@code null}. */
    String nameOf(long id) {
        return users.get(id);
    }

    boolean isUser(long id) {
        return users.containsKey(id);
    }

    /** Changes a user's name; false if there is no such user. */
    boolean rename(long id, String newName) {
        return users.replace(id, newName) != null;
    }

    /** Removes a user; false if there was no such user. */
    boolean leave(long id) {
        return users.remove(id) != null;
    }

    int headcount() {
        return users.size();
    }

    /** How many users have each surname (the last word of the name), sorted by surname. */
    Map<String, Integer> surnames() {
        Map<String, Integer> counts = new TreeMap<>();
        users.forEach((id, name) -> counts.merge(name.substring(name.lastIndexOf(' ') + 1), 1, Integer::sum));
        return counts;
    }

    /** The sum of all ids, which any visiting order gives alike. */
    long idChecksum() {
        long[] sum = {0};
        users.forEach((id, name) -> sum[0] += id);
        return sum[0];
    }
}
