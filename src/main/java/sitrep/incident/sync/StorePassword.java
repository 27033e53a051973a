package sitrep.incident.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the store's password the way libpq users expect: the settings first, then {@code PGPASSWORD},
 * then the password file ({@code PGPASSFILE}, default {@code ~/.pgpass}). Never a command-line argument,
 * which other users of the machine can read. The password is handed to the driver and to nothing else.
 */
public final class StorePassword {

    private static final System.Logger LOG = System.getLogger(StorePassword.class.getName());

    private StorePassword() {
    }

    /**
     * @param saved the password from the settings, or null
     * @param env   the environment (System.getenv() outside tests)
     * @return the password, or null when none is known (the server may not ask for one)
     */
    public static String find(StoreAddress address, String saved, Map<String, String> env) {
        if (saved != null && !saved.isEmpty()) {
            return saved;
        }
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        return fromPassFile(passFile(env), address);
    }

    /**
     * Every password libpq could take from the environment: {@code PGPASSWORD} and each line's of the password file,
     * for the masker to know before a line is journaled or printed (a note quoting a {@code ~/.pgpass} password was
     * journaled as typed, and replicated to every responder, because that file was read only when a command
     * connected). Quiet: the file's problems are said when a command uses it.
     */
    public static List<String> every(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            out.add(fromEnv);
        }
        try {
            Path file = passFile(env);
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    List<String> fields = line.isBlank() || line.startsWith("#") ? List.of() : split(line);
                    if (fields.size() >= 5 && !fields.get(4).isEmpty()) {
                        out.add(fields.get(4));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "password file not read for masking: " + e.getClass().getSimpleName());
        }
        return out;
    }

    private static Path passFile(Map<String, String> env) {
        String passFile = env.get("PGPASSFILE");
        return passFile != null && !passFile.isEmpty() ? Path.of(passFile)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".pgpass");
    }

    /** The first matching line of a libpq password file ({@code host:port:database:user:password}). */
    static String fromPassFile(Path file, StoreAddress address) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                // libpq ignores such a file too; say so rather than fail mysteriously with "password required".
                LOG.log(Level.WARNING, file + " is readable by other users; it is ignored (chmod 0600 " + file + ")");
                return null;
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(Level.DEBUG, "cannot check the permissions of " + file + ": " + e.getClass().getSimpleName());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the password file " + file);
            return null;
        }
        String[] wanted = {address.host(), String.valueOf(address.port()), address.database(), address.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                String f = fields.get(i);
                match = f.equals("*") || f.equals(wanted[i])
                        || i == 0 && f.equals("localhost") && wanted[0].equals("127.0.0.1");
            }
            if (match) {
                return fields.get(4);
            }
        }
        return null;
    }

    /** Splits on unescaped colons; {@code \:} and {@code \\} are a literal colon and backslash. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
