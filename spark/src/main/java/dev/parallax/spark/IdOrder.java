package dev.parallax.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * The order of article ids: their UTF-8 bytes, unsigned, the order of {@code Path.compareTo} on Unix in which the
 * single-machine scan lists a folder (and of Spark's string sort). The scan breaks ties by position in that
 * order, so the job must use the same one to give the same pairs.
 */
final class IdOrder implements Comparator<String>, Serializable {

    static final IdOrder INSTANCE = new IdOrder();
    private static final long serialVersionUID = 1L;

    private IdOrder() {
    }

    @Override
    public int compare(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        byte[] a = x.getBytes(StandardCharsets.UTF_8);
        byte[] b = y.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = (a[i] & 0xff) - (b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return a.length - b.length;
    }

    static String min(String x, String y) {
        return INSTANCE.compare(x, y) <= 0 ? x : y;
    }
}
