package sitrep.app;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import sitrep.incident.AtomicWrite;
import sitrep.json.SharedGson;

/**
 * Reads and writes {@code settings.json}. Writes are atomic (temp file, force, atomic move) and the file
 * is mode 0600 because it holds tokens. A file that cannot be parsed is never overwritten: it is moved
 * aside to {@code settings.json.bad} first, and if even that fails, saving is switched off for the run.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final String FILE_NAME = "settings.json";

    /** The settings that were read, and a sentence for the user if they are not what the file said. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    private final Path file;
    private final Gson gson = SharedGson.PRETTY;
    private final boolean readOnly;
    /** Named by the user ({@code --config}) for a command that only reads it: its absence is worth a line. */
    private final boolean given;
    private volatile boolean saveEnabled;

    public SettingsStore(Path file) {
        this(file, false, false);
    }

    private SettingsStore(Path file, boolean readOnly, boolean given) {
        this.file = file.toAbsolutePath();
        this.readOnly = readOnly;
        this.given = given;
        this.saveEnabled = !readOnly;
    }

    /**
     * A store for a command that only reads the settings ({@code check}, {@code export}, {@code note}): it
     * never renames, moves aside or writes the file, whatever is wrong with it.
     */
    public static SettingsStore readOnly(Path file) {
        return new SettingsStore(file, true, false);
    }

    /** The default location, read only: see {@link #readOnly(Path)}. */
    public static SettingsStore readOnlyAtDefaultLocation() {
        return readOnly(atDefaultLocation().file());
    }

    /** A command's {@code --config FILE} read only, or the default location when none was given. */
    public static SettingsStore readOnlyOrDefault(Path configOrNull) {
        return configOrNull == null ? readOnlyAtDefaultLocation() : new SettingsStore(configOrNull, true, true);
    }

    /** The store at {@code $XDG_CONFIG_HOME/sitrep/settings.json}, or {@code ~/.config/sitrep/} without it. */
    public static SettingsStore atDefaultLocation() {
        return new SettingsStore(defaultDirectory(System.getenv(), System.getProperty("user.home"))
                .resolve(FILE_NAME));
    }

    static Path defaultDirectory(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "sitrep");
        }
        return Path.of(home, ".config", "sitrep");
    }

    public Path file() {
        return file;
    }

    /** Reads the settings; what is wrong with the file is logged once as a warning and returned. */
    public Loaded load() {
        Loaded loaded = read();
        loaded.problem().ifPresent(message -> LOG.log(Level.WARNING, message));
        return loaded;
    }

    /** Reads the settings for a caller that reports what is wrong itself (a command's one line), so it is said once. */
    public Loaded loadQuietly() {
        return read();
    }

    /**
     * Reads the file only for its secrets, so the masker knows them before anything is printed or journaled
     * (the command line does it before every subcommand). Says nothing about a file it cannot use: the command
     * that uses the settings reports that, once.
     */
    public void rememberSecrets() {
        read();
    }

    private Loaded read() {
        if (!Files.exists(file)) {
            return given ? problem("No settings file at " + file + " (given with --config); using default settings.")
                    : new Loaded(new Settings(), Optional.empty());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement tree = JsonParser.parseReader(reader);
            SettingsCheck.rememberSecrets(tree);
            if (tree == null || tree.isJsonNull()) {
                return setAside("it is empty");
            }
            Optional<String> bad = SettingsCheck.firstProblem(tree);
            if (bad.isPresent()) {
                return setAside(bad.get());
            }
            Optional<String> unusable = SettingsCheck.firstUnusable(gson, tree.getAsJsonObject());
            if (unusable.isPresent()) {
                return setAside(unusable.get());
            }
            Settings settings = gson.fromJson(tree, Settings.class);
            return new Loaded(settings, Optional.empty());
        } catch (JsonParseException e) {
            // Gson wraps read failures (a directory, a disk error) too; only a syntax or shape problem is the
            // file's fault, and only then is it moved aside.
            if (e.getCause() instanceof IOException io && !(io instanceof MalformedJsonException)
                    && !(io instanceof EOFException)) {
                return unreadable(UserMessages.of(io));
            }
            return setAside(SettingsCheck.describe(e));
        } catch (AccessDeniedException e) {
            return unreadable("permission denied: " + file);
        } catch (IOException e) {
            return unreadable(UserMessages.of(e));
        }
    }

    private Loaded unreadable(String why) {
        saveEnabled = false;
        return problem("Could not read " + file + " (" + why + "). Started with default settings;"
                + " changes made in this run will not be saved so the file is left as it is.");
    }

    private Loaded setAside(String why) {
        if (readOnly) {
            return problem("Settings file " + file + " could not be used: " + why
                    + ". Using default settings; the file was left as it is.");
        }
        Path bad = freeBadName();
        try {
            Files.move(file, bad, StandardCopyOption.ATOMIC_MOVE);
            return problem("Settings file " + file + " could not be used: " + why
                    + ". Started with default settings; your file was kept as " + bad + ".");
        } catch (IOException e) {
            saveEnabled = false;
            return problem("Settings file " + file + " could not be used: " + why
                    + ". Started with default settings. It could not be moved aside (" + UserMessages.of(e)
                    + "), so changes made in this run will not be saved.");
        }
    }

    private Path freeBadName() {
        Path bad = file.resolveSibling(FILE_NAME + ".bad");
        for (int i = 2; Files.exists(bad); i++) {
            bad = file.resolveSibling(FILE_NAME + ".bad." + i);
        }
        return bad;
    }

    private static Loaded problem(String message) {
        return new Loaded(new Settings(), Optional.of(message));
    }

    /** Whether {@link #save} will write; false after a file could not be read nor moved aside. */
    public boolean saveEnabled() {
        return saveEnabled;
    }

    /**
     * A copy of {@code settings} exactly as {@link #save} would write it, for a save on another thread while the FX
     * thread goes on changing the original.
     */
    public Settings snapshot(Settings settings) {
        return gson.fromJson(gson.toJson(settings), Settings.class);
    }

    /**
     * Writes the settings atomically with mode 0600.
     *
     * @return false when saving is switched off for this run (see {@link #saveEnabled()})
     */
    public boolean save(Settings settings) throws IOException {
        if (!saveEnabled) {
            return false;
        }
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        byte[] bytes = (gson.toJson(settings) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(file, bytes, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return true;
    }
}
