package dev.mga.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which inputs a batch analyses, each on its own, and the file name its reports get. An argument
 * is a capture (an archive, a loose file, an extracted directory), {@code @LIST} (a text file of
 * arguments, one per line, {@code #} for comments, relative paths from the current folder as on
 * the command line), or a folder of captures: a directory whose top
 * level holds at least one archive (by its magic bytes), where every entry not starting with
 * {@code .} is then an input. A directory without an archive on top is one extracted capture; to
 * analyse a folder of extracted captures, name them ({@code mga batch cases/*&#47;}).
 */
public final class BatchPlan {

    /** One input of a batch: its path, the name reports give it, and the base name of its report files. */
    public record Item(Path path, String name, String stem, long size) {
    }

    private BatchPlan() {
    }

    /**
     * @param exclude a folder never taken as an input (the batch's own output folder)
     * @throws NoSuchFileException when an argument or a list names nothing
     */
    public static List<Item> of(List<String> args, Path exclude) throws IOException {
        Map<Path, String> found = new LinkedHashMap<>();
        for (String arg : args) {
            expand(arg, exclude == null ? null : exclude.toAbsolutePath().normalize(), found);
        }
        List<Map.Entry<Path, String>> sorted = new ArrayList<>(found.entrySet());
        sorted.sort(Map.Entry.comparingByValue());
        Set<String> stems = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Path, String> e : sorted) {
            String base = stem(e.getKey());
            String stem = base;
            for (int n = 2; !stems.add(stem.toLowerCase(Locale.ROOT)); n++) {
                stem = base + "-" + n;
            }
            items.add(new Item(e.getKey(), e.getValue(), stem, size(e.getKey())));
        }
        return items;
    }

    private static void expand(String arg, Path exclude, Map<Path, String> found) throws IOException {
        if (arg.startsWith("@")) {
            Path list = Path.of(arg.substring(1));
            if (!Files.isRegularFile(list)) {
                throw new NoSuchFileException(list.toString(), null, "no such list file");
            }
            try (BufferedReader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        expand(t, exclude, found);
                    }
                }
            }
            return;
        }
        Path path = Path.of(arg);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(arg, null, "no such file or directory");
        }
        if (Files.isDirectory(path) && isFolderOfCaptures(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path c : children.sorted().toList()) {
                    String name = c.getFileName().toString();
                    if (!name.startsWith(".") && (exclude == null || !c.toAbsolutePath().normalize().equals(exclude))) {
                        found.putIfAbsent(c.toAbsolutePath().normalize(), c.toString());
                    }
                }
            }
            return;
        }
        found.putIfAbsent(path.toAbsolutePath().normalize(), arg);
    }

    /** True when a directory's top level holds an archive: it is a folder of captures, not one capture. */
    static boolean isFolderOfCaptures(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile).anyMatch(BatchPlan::isArchive);
        }
    }

    static boolean isArchive(Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        return n >= 4 && ((head[0] == 0x1f && (head[1] & 0xff) == 0x8b)                      // gzip
                || ((head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X') // xz
                || (head[0] == 0x28 && (head[1] & 0xff) == 0xb5 && head[2] == 0x2f && (head[3] & 0xff) == 0xfd) // zstd
                || (head[0] == 'B' && head[1] == 'Z' && head[2] == 'h')                        // bzip2
                || (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)          // zip
                || (n >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar"))); // tar
    }

    /** The report file's base name: the input's file name without its archive extensions. */
    static String stem(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "input" : fileName.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".tar.gz", ".tar.xz", ".tar.zst", ".tar.bz2", ".tgz", ".tar", ".zip", ".gz", ".xz", ".zst", ".bz2")) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "input" + name : name;
    }

    /** Stored bytes: the file's size, or the sum of a directory's files (for progress and ETA). */
    static long size(Path path) {
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return Files.size(path);
            }
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static Comparator<Item> largestFirst() {
        return Comparator.comparingLong(Item::size).reversed().thenComparing(Item::name);
    }
}
