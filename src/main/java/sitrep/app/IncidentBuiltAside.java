package sitrep.app;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import sitrep.incident.IncidentFolder;

/**
 * Builds a new incident folder beside its final place and renames it into place in one step, so that an
 * import killed midway (a crash, Ctrl-C, a full disk) leaves no half incident: either the whole folder is
 * there, or nothing but a hidden {@code .NAME.building-*} folder that is removed on the next failure path.
 */
final class IncidentBuiltAside {

    @FunctionalInterface
    interface Builder<T> {
        T build(Path dir) throws IOException;
    }

    private IncidentBuiltAside() {
    }

    /**
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} already holds an incident
     * @throws DirectoryNotEmptyException                when {@code target} holds other files
     */
    static <T> T write(Path target, Builder<T> builder) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs.resolve(IncidentFolder.INCIDENT_FILE))) {
            throw new FileAlreadyExistsException(abs.toString());
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS) && !isEmpty(abs)) {
            throw new DirectoryNotEmptyException(abs.toString());
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            // Said of the target, before a hidden folder beside it is made and named in the error instead.
            throw new NotDirectoryException(abs.toString());
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path aside = Files.createTempDirectory(parent, "." + abs.getFileName() + ".building-");
        try {
            T result = builder.build(aside);
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                // The empty folder the user made for it gives way to the complete one.
                Files.delete(abs);
            }
            Files.move(aside, abs, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            deleteTree(aside);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
