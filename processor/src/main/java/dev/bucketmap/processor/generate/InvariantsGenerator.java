package dev.bucketmap.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code checkInvariants()}, a walk over the whole table that verifies every structural
 * invariant of the engine and throws {@link IllegalStateException} naming the first one broken.
 * It is O(buckets + entries) and meant for tests, fuzzing and debugging, not for hot paths.
 *
 * <pre>
 * public void checkInvariants() ...          // the current table, the old one, the counts
 * private int checkChain(Table t, int head, boolean evacuated, int bucket, boolean[] linked) ...
 * </pre>
 */
final class InvariantsGenerator {
    private final Template t;

    InvariantsGenerator(Template t) {
        this.t = t;
    }

    List<MethodSpec> generate() {
        return List.of(checkInvariants(), checkChain(), checkPool(), where());
    }

    private MethodSpec checkInvariants() {
        return MethodSpec.methodBuilder("checkInvariants")
                .addJavadoc("""
            Verifies the table's structure and throws IllegalStateException naming the first broken
            invariant: every entry sits in the chain its hash selects, with its tophash; no slot after
            an emptyRest slot is in use; while growing, old buckets below the evacuation mark are
            evacuated, an old bucket is either wholly evacuated or has nothing in its new buckets,
            and evacuated chains carry only evacuation marks; every pool bucket in use is linked
            exactly once, to a later one; a chunk of the new table is missing only while it has old
            buckets left to evacuate into it; the entry count equals the live entries; for tables below
            2^16 buckets the overflow count is exact. O(buckets + entries); for tests and debugging.

            @throws IllegalStateException if the map is corrupt, for example after unsynchronized
                writes from several threads
            """)
                .addModifiers(Modifier.PUBLIC)
                .addCode(t.code("""
                $table:T now = table;
                $table:T old = oldTable;
                int live = 0;
                boolean[] linked = new boolean[now.poolUsed];
                for (int head = 0; head <= now.mask; head++) {
                  if (!now.allocated(head)) {
                    if (old == null || $tophash:T.isEvacuated(old.word(head & old.mask))) {
                      throw new IllegalStateException("bucket " + head
                          + " was never allocated, but nothing is left to evacuate into it");
                    }
                    continue;
                  }
                  if (old != null
                      && !$tophash:T.isEvacuated(old.word(head & old.mask))
                      && $tophash:T.matchFull(now.word(head)) != 0) {
                    throw new IllegalStateException(
                        "bucket " + head + " has entries but its old bucket is not evacuated yet");
                  }
                  live += checkChain(now, head, false, head, linked);
                }
                checkPool(now, linked);
                if (old != null) {
                  boolean[] oldLinked = new boolean[old.poolUsed];
                  for (int oldBucket = 0; oldBucket <= old.mask; oldBucket++) {
                    if (!old.allocated(oldBucket)) {
                      throw new IllegalStateException("old bucket " + oldBucket + " was never allocated");
                    }
                    boolean evacuated = $tophash:T.isEvacuated(old.word(oldBucket));
                    if (oldBucket < nevacuate && !evacuated) {
                      throw new IllegalStateException("old bucket " + oldBucket
                          + " is below the evacuation mark " + nevacuate + " but not evacuated");
                    }
                    live += checkChain(old, oldBucket, evacuated, oldBucket, oldLinked);
                  }
                  checkPool(old, oldLinked);
                }
                if (live != count) {
                  throw new IllegalStateException("size is " + count + " but " + live + " entries are live");
                }
                if (now.log2Buckets < 16 && noverflow != now.poolUsed) {
                  throw new IllegalStateException(
                      "overflow count " + noverflow + " but " + now.poolUsed + " pool buckets in use");
                }
                """))
                .build();
    }

    private MethodSpec checkChain() {
        return MethodSpec.methodBuilder("checkChain")
                .addJavadoc("""
            Checks the chain of main bucket {@code head} of {@code t} and returns its live entries;
            {@code evacuated} chains must hold only evacuation marks. Marks each pool bucket it
            passes in {@code linked}.
            """)
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT)
                .addParameter(Template.table(t.model()), "t")
                .addParameter(TypeName.INT, "head")
                .addParameter(TypeName.BOOLEAN, "evacuated")
                .addParameter(TypeName.INT, "bucket")
                .addParameter(boolean[].class, "linked")
                .addCode(t.code("""
                int live = 0;
                boolean rest = false;
                int b = head;
                while (true) {
                  long word = t.word(b);
                  for (int slot = 0; slot < SLOTS; slot++) {
                    int top = $tophash:T.get(word, slot);
                    if (evacuated) {
                      if (top < $tophash:T.EVACUATED_X || top > $tophash:T.EVACUATED_EMPTY) {
                        throw new IllegalStateException(where(head, b, slot) + ": tophash " + top + " in an evacuated chain");
                      }
                      continue;
                    }
                    if (rest && top != $tophash:T.EMPTY_REST) {
                      throw new IllegalStateException(where(head, b, slot) + ": tophash " + top + " after an emptyRest slot");
                    }
                    if (top == $tophash:T.EMPTY_REST) {
                      rest = true;
                    } else if (top != $tophash:T.EMPTY_ONE) {
                      if (top < $tophash:T.MIN_TOP_HASH) {
                        throw new IllegalStateException(where(head, b, slot) + ": evacuation mark " + top + " in a live chain");
                      }
                      long hash = hash(t.key(b, slot));
                      if (((int) hash & t.mask) != bucket) {
                        throw new IllegalStateException(where(head, b, slot) + ": key " + t.key(b, slot)
                            + " belongs in bucket " + ((int) hash & t.mask));
                      }
                      if ($tophash:T.of(hash) != top) {
                        throw new IllegalStateException(where(head, b, slot) + ": tophash " + top + " but the key's is "
                            + $tophash:T.of(hash));
                      }
                      live++;
                    }
                  }
                  int next = t.next(b);
                  if (next == 0) {
                    return live;
                  }
                  if (next > 0 || ~next >= t.poolUsed || (b < 0 && ~next <= ~b) || linked[~next]) {
                    throw new IllegalStateException("bucket " + head + ": bad link " + b + " -> " + next);
                  }
                  linked[~next] = true;
                  b = next;
                }
                """))
                .build();
    }

    private MethodSpec where() {
        return MethodSpec.methodBuilder("where")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.INT, "head")
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.INT, "slot")
                .addStatement(
                        "return \"bucket \" + head + (b == head ? \"\" : \" (pool bucket \" + ~b + \")\") + \" slot \" + slot")
                .build();
    }

    private MethodSpec checkPool() {
        return MethodSpec.methodBuilder("checkPool")
                .addJavadoc("Every pool bucket handed out must be linked into exactly one chain.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Template.table(t.model()), "t")
                .addParameter(boolean[].class, "linked")
                .addCode("""
            for (int i = 0; i < t.poolUsed; i++) {
              if (!linked[i]) {
                throw new IllegalStateException("pool bucket " + i + " is in use but in no chain");
              }
            }
            """)
                .build();
    }
}
