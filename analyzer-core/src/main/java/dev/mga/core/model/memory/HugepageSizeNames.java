package dev.mga.core.model.memory;

/** Page sizes in the form Kubernetes uses in {@code hugepages-<size>} resource names. */
public final class HugepageSizeNames {

    private HugepageSizeNames() {
    }

    /** {@code 2097152} → {@code 2Mi}, {@code 17179869184} → {@code 16Gi}, {@code 65536} → {@code 64Ki}. */
    public static String of(long bytes) {
        if (bytes <= 0) {
            return "default";
        }
        String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
        long v = bytes;
        int u = 0;
        while (v % 1024 == 0 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? v + "" : v + units[u];
    }
}
