package sitrep.chart;

import java.util.ArrayDeque;

/**
 * Pixel arrays handed back by the screen once it no longer shows them, so that a chart redraw does not
 * allocate (and the GC does not have to clear) a 5.8 MB array per frame at 1600x900. Only arrays of the
 * size asked for are reused; a resize drops the old ones. Safe to use from the render thread and the FX
 * thread at once.
 */
final class FramePool {

    /** Two spare arrays are enough for one chart: one on screen, one retired, one being drawn. */
    private static final int KEEP = 2;

    private final ArrayDeque<int[]> free = new ArrayDeque<>();

    /** A array of exactly {@code length} ints with unspecified contents. */
    synchronized int[] take(int length) {
        while (!free.isEmpty()) {
            int[] a = free.pollFirst();
            if (a.length == length) {
                return a;
            }
        }
        return new int[length];
    }

    /** Gives an array back; the caller must not use it (or show it) any more. */
    synchronized void give(int[] pixels) {
        if (free.size() < KEEP) {
            free.addLast(pixels);
        }
    }

    synchronized int size() {
        return free.size();
    }
}
