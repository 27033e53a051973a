package sitrep.app;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A record written whole as bytes, to name what a kept start picture was drawn from (KeptPicture). Any thread. */
final class RecordBytes {

    private static final System.Logger LOG = System.getLogger(RecordBytes.class.getName());

    private RecordBytes() {
    }

    /**
     * A description written whole ({@link #write}): equal bytes, equal value. Empty, and {@code withoutIt} logged,
     * when it cannot be (a type this does not know).
     */
    static Optional<byte[]> of(Record description, int expectedSize, String withoutIt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedSize);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, description);
        } catch (IOException | ReflectiveOperationException | IllegalArgumentException e) {
            LOG.log(Level.DEBUG, withoutIt + ": " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(bytes.toByteArray());
    }

    /**
     * Writes a value whole: a record as its class and each component in order (so a component added later is
     * described without a change here), lists and arrays element by element, numbers by their bits, and text, enums,
     * times and zones as text. Binary rather than JSON: the drill's answer has tens of thousands of numbers, which
     * Gson took 150 ms to write on the picture's way to the screen.
     */
    private static void write(DataOutputStream out, Object value) throws IOException, ReflectiveOperationException {
        if (value == null) {
            out.writeByte(0);
        } else if (value instanceof Record r) {
            out.writeByte(1);
            text(out, r.getClass().getName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                write(out, c.getAccessor().invoke(r));
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(2);
            out.writeInt(list.size());
            for (Object e : list) {
                write(out, e);
            }
        } else if (value instanceof long[] a) {
            out.writeByte(3);
            out.writeInt(a.length);
            for (long x : a) {
                out.writeLong(x);
            }
        } else if (value instanceof double[] a) {
            out.writeByte(4);
            out.writeInt(a.length);
            for (double x : a) {
                out.writeLong(Double.doubleToRawLongBits(x));
            }
        } else if (value instanceof Double d) {
            out.writeByte(5);
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum || value instanceof Instant || value instanceof ZoneId) {
            out.writeByte(6);
            text(out, value.getClass().getName());
            text(out, value.toString());
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " in a start picture's inputs");
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
