package dev.bucketmap.benchmarks.peers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The maps under comparison, by the name the benchmarks take as their {@code map} parameter
 * ({@code bucketmap}, {@code fastutil}, …). A fork only ever calls one constant's factories,
 * so only one adapter class per kind is loaded there. {@link #FLOOR} is no library but the
 * layout's floor (see {@link FloorPeer}): the benchmarks measure it like the others, the report
 * sets it apart from the peers.
 */
public enum Impl {
    BUCKETMAP(new BucketMapPeer()),
    FLOOR(new FloorPeer()),
    FASTUTIL(new FastutilPeer()),
    ECLIPSE(new EclipsePeer()),
    HPPC(new HppcPeer()),
    KOLOBOKE(new KolobokePeer()),
    AGRONA(new AgronaPeer()),
    HASHMAP(new JdkPeer());

    private final Peer peer;

    Impl(Peer peer) {
        this.peer = peer;
    }

    /** The lower-case name used in parameters, files and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Impl of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    public boolean supports(Kind kind) {
        return peer.kinds().contains(kind);
    }

    /** Every map that offers this kind, bucketmap first, then the floor. */
    public static List<Impl> supporting(Kind kind) {
        return Arrays.stream(values()).filter(impl -> impl.supports(kind)).toList();
    }

    /** The same without the floor: bucketmap and the libraries, for what only they are measured on. */
    public static List<Impl> libraries(Kind kind) {
        return supporting(kind).stream().filter(impl -> impl != FLOOR).toList();
    }

    public LongStringOps longString() {
        return peer.longString();
    }

    public IntIntOps intInt() {
        return peer.intInt();
    }

    public StringIntOps stringInt() {
        return peer.stringInt();
    }
}
