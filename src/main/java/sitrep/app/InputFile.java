package sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import sitrep.domain.TerminalText;

/**
 * A whole text file a person named on the command line (a postmortem to import, a Grafana dashboard), read as UTF-8
 * with a size cap. A FIFO or a device is refused before it is opened (reading one never ends, or never fits in
 * memory), and every failure is one line naming the file.
 */
final class InputFile {

    /** Far above any real postmortem or dashboard (a few hundred KB), well below what the heap holds as text. */
    static final long CAP_BYTES = 64L << 20;

    private InputFile() {
    }

    /** The file's text, without a byte-order mark; the IOException's message is the line to print. */
    static String readUtf8(Path file) throws IOException {
        String named = TerminalText.escape(file.toString());
        if (!Files.exists(file)) {
            throw new IOException("cannot read " + named + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("cannot read " + named + ": not a regular file (a folder, a FIFO or a device)");
        }
        long size = Files.size(file);
        if (size > CAP_BYTES) {
            throw new IOException("cannot read " + named + ": it is larger than " + (CAP_BYTES >> 20)
                    + " MB, the most Sitrep reads of such a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // The size may have grown since it was asked: never more than the cap, plus one byte to notice.
            bytes = in.readNBytes((int) CAP_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + named + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read " + named + ": permission denied");
        }
        if (bytes.length > CAP_BYTES) {
            throw new IOException("cannot read " + named + ": it grew past " + (CAP_BYTES >> 20) + " MB while read");
        }
        // UTF-16 with its byte-order mark, as Windows' Notepad and Word's "Unicode text" save: read as such, never
        // refused as "not UTF-8" (a UTF-16 postmortem was).
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        try {
            String text = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException("cannot read " + named + ": it is not " + (utf16 ? "UTF-16" : "UTF-8")
                    + " text (save it as UTF-8 and import it again)");
        }
    }
}
