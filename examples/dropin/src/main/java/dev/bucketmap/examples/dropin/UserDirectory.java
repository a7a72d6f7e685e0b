package dev.bucketmap.examples.dropin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Existing-looking application code: a company's user directory, by user id, written against
 * {@code Map<Long, String>} with the calls such code makes: lookups, conditional updates, views,
 * iteration and bulk removal. Whichever {@code Map} it is given, it works the same.
 */
final class UserDirectory {

    private final Map<Long, String> users;

    UserDirectory(Map<Long, String> users) {
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

    /** Lets everybody with this surname go, through the values view; returns how many left. */
    int layOff(String surname) {
        int before = users.size();
        users.values().removeIf(name -> name.endsWith(" " + surname));
        return before - users.size();
    }

    int headcount() {
        return users.size();
    }

    /** How many users have each surname (the last word of the name), sorted by surname. */
    Map<String, Integer> surnames() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : users.values()) {
            counts.merge(name.substring(name.lastIndexOf(' ') + 1), 1, Integer::sum);
        }
        return counts;
    }

    /** The sum of all ids (over the key set), which any visiting order gives alike. */
    long idChecksum() {
        long sum = 0;
        for (long id : users.keySet()) {
            sum += id;
        }
        return sum;
    }

    /** The {@code n} users with the smallest ids, as "id name" (over the entry set). */
    List<String> firstByIdOf(int n) {
        List<String> first = new ArrayList<>();
        users.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .limit(n)
                .forEach(e -> first.add(e.getKey() + " " + e.getValue()));
        return first;
    }
}
