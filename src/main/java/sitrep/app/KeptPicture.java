package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import sitrep.chart.ChartTheme;
import sitrep.chart.DashboardPicture;
import sitrep.incident.AtomicWrite;

/**
 * The start picture of the last start that drew one, kept in the user's cache folder (docs/decisions/11-14). A
 * picture is a function of what it is drawn from (the drill's answer as of its starting position, the panels'
 * titles, the banner and the line, the theme, the size and the grid), of the build and JVM that draw it, and of the
 * default locale and zone; not of the fonts installed, which are left out. A start whose inputs come out as the same
 * bytes shows the kept pixels instead of drawing them again; any other start draws and replaces the file. One file,
 * written whole; an unreadable or foreign one is a miss. Any thread.
 */
final class KeptPicture {

    /** Keeps nothing: a build not run from its jar (tests, an IDE), whose code may change under the same name. */
    static final KeptPicture NONE = new KeptPicture(null, "");

    private static final System.Logger LOG = System.getLogger(KeptPicture.class.getName());
    private static final byte[] MAGIC = "sitrep start picture 4\n".getBytes(StandardCharsets.US_ASCII);
    /** After the magic: the width, the height, and the lengths of the two descriptions. */
    private static final int HEADER = MAGIC.length + 16;
    /** The largest side believed of a kept picture's size ({@link #keptSize}), so a damaged file is not. */
    private static final int MAX_SIDE = 16_384;
    /** Pixels and header in the machine's own byte order: the pixels are then one bulk copy each way. */
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    /** What a picture is drawn from, as {@link #describe} writes it. */
    private record Inputs(String build, String locale, String timeZone, int width, int height, ChartTheme theme,
                          String banner, String line, int columns, List<DashboardPicture.Cell> cells) {
    }

    /**
     * Where a picture's inputs come from, as {@link #describeSources} writes it: the drill's answer is a function of
     * the drill (the built-in one is part of the build; a file is named by its path and contents), where its clock
     * was set, the panels and the size; its banner and line of the drill and its clock.
     */
    private record Sources(String build, String locale, String timeZone, int width, int height, ChartTheme theme,
                           List<?> panels, String drill, String drillFrom) {
    }

    private final Path file;
    private final String build;

    KeptPicture(Path file, String build) {
        this.file = file;
        this.build = build;
    }

    /**
     * The kept picture of this build (its jar and JVM), or {@link #NONE} when not run from a jar; worked out once a
     * process (the start's picture ahead and the window's, at another size, ask for it).
     */
    static KeptPicture forThisBuild() {
        return ThisBuild.KEPT;
    }

    private static final class ThisBuild {
        static final KeptPicture KEPT = of(TunedJvm.thisJar());

        private static KeptPicture of(Path jar) {
            if (jar == null) {
                return NONE;
            }
            try {
                return new KeptPicture(TunedJvm.cacheFolder().resolve("start-picture.bin"),
                        TunedJvm.key(jar, TunedJvm.thisJvm()));
            } catch (IOException e) {
                return NONE;
            }
        }
    }

    /**
     * The bytes that name a picture: equal bytes, equal pixels. Empty when something in the inputs cannot be written
     * down (a type this does not know): that picture is not kept.
     */
    Optional<byte[]> describe(int width, int height, ChartTheme theme, String banner, String line, int columns,
                              List<DashboardPicture.Cell> cells) {
        // The chart's month names and number separators follow the default locale, and what a time axis does not
        // take from its chart's zone the default zone decides.
        return RecordBytes.of(new Inputs(build, locale(), TimeZone.getDefault().getID(), width, height, theme, banner, line,
                columns, cells), 1 << 16, "the start picture will not be kept");
    }

    /**
     * The bytes that name a picture by where its inputs come from ({@link Sources}), known before the drill is read:
     * a start whose sources come out as the same bytes as the kept picture's shows it without reading the drill or
     * asking it for its answer (docs/decisions/11-14). Empty when something in them cannot be written down.
     */
    Optional<byte[]> describeSources(int width, int height, ChartTheme theme, List<?> panels, String drill,
                                     String drillFrom) {
        return RecordBytes.of(new Sources(build, locale(), TimeZone.getDefault().getID(), width, height, theme, panels, drill,
                drillFrom), 1 << 12, "the start picture cannot be found ahead");
    }

    private static String locale() {
        return Locale.getDefault(Locale.Category.FORMAT).toLanguageTag();
    }

    /**
     * The size of the picture kept, if one is: for a window that opens maximized, whose size is the screen's, which is
     * not known before the toolkit starts.
     */
    Optional<StartPicture.Size> keptSize() {
        if (file == null) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = header(ch);
            if (head == null) {
                return Optional.empty();
            }
            int width = head.getInt(MAGIC.length);
            int height = head.getInt(MAGIC.length + 4);
            return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE
                    ? Optional.of(new StartPicture.Size(width, height)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The kept pixels of the picture these inputs describe ({@link #describe}), if this is the one kept. */
    Optional<int[]> read(byte[] inputs, int width, int height) {
        return read(inputs, false, width, height);
    }

    /** The kept pixels of the picture whose inputs come from these sources ({@link #describeSources}), if kept. */
    Optional<int[]> readBySources(byte[] sources, int width, int height) {
        return sources.length == 0 ? Optional.empty() : read(sources, true, width, height);
    }

    private Optional<int[]> read(byte[] description, boolean bySources, int width, int height) {
        if (file == null) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = header(ch);
            if (head == null || head.getInt(MAGIC.length) != width || head.getInt(MAGIC.length + 4) != height) {
                return Optional.empty();
            }
            int inputsLength = head.getInt(MAGIC.length + 8);
            int sourcesLength = head.getInt(MAGIC.length + 12);
            if ((bySources ? sourcesLength : inputsLength) != description.length || inputsLength < 0
                    || sourcesLength < 0) {
                return Optional.empty();
            }
            if (bySources) {
                ch.position(ch.position() + inputsLength);
            }
            ByteBuffer kept = ByteBuffer.allocate(description.length);
            if (!fill(ch, kept) || !Arrays.equals(kept.array(), description)) {
                return Optional.empty();
            }
            ch.position((long) HEADER + inputsLength + sourcesLength);
            long size = (long) width * height * 4;
            if (ch.size() != ch.position() + size) {
                return Optional.empty();
            }
            // Mapped, not read: a read into a heap buffer goes through a direct buffer of the same size first.
            ByteBuffer pixels = ch.map(FileChannel.MapMode.READ_ONLY, ch.position(), size).order(ORDER);
            int[] argbPre = new int[width * height];
            pixels.asIntBuffer().get(argbPre);
            return Optional.of(argbPre);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "the kept start picture could not be read, drawing it: " + e);
            return Optional.empty();
        }
    }

    /** The magic, the width, the height and the descriptions' lengths; null when the file is not a kept picture. */
    private static ByteBuffer header(FileChannel ch) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEADER).order(ORDER);
        if (!fill(ch, head) || !Arrays.equals(head.array(), 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        return head;
    }

    /**
     * Keeps this picture for the next start, replacing the one kept, named both by its inputs and by where they come
     * from ({@code sources}, empty when they could not be written down: then it is only found by its inputs).
     */
    void write(byte[] inputs, byte[] sources, int[] argbPre, int width, int height) {
        if (file == null) {
            return;
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + inputs.length + sources.length + argbPre.length * 4)
                .order(ORDER);
        out.put(MAGIC).putInt(width).putInt(height).putInt(inputs.length).putInt(sources.length).put(inputs)
                .put(sources);
        out.asIntBuffer().put(argbPre);
        try {
            Files.createDirectories(file.getParent());
            sweepLeftovers();
            AtomicWrite.write(file, out.array());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "the start picture could not be kept: " + e);
        }
    }

    /**
     * Removes the temporary files of writes that a console stopped in the middle of (a quick quit, a signal): each
     * is as large as the picture, and their names are new each time.
     */
    private void sweepLeftovers() throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(file.getParent(), file.getFileName() + ".*.tmp")) {
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads until {@code buffer} is full; false at the end of the file before that. */
    private static boolean fill(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (ch.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }
}
