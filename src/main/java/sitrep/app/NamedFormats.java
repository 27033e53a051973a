package sitrep.app;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * How a {@code --format} value is read: by one of its names (any case, surrounding blanks ignored, aliases
 * such as {@code markdown} for {@code md}); anything else is a usage error that lists the usual names.
 * Each command's converter is a subclass naming its formats, since picocli makes converters by class.
 */
abstract class NamedFormats<F> implements CommandLine.ITypeConverter<F> {

    private final Map<String, F> byName;
    private final String usual;

    /** {@code byName} keys in lower case; {@code usual} as the error ends: "use {@code usual}". */
    NamedFormats(Map<String, F> byName, String usual) {
        this.byName = Map.copyOf(byName);
        this.usual = usual;
    }

    @Override
    public F convert(String value) {
        F format = byName.get(value.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use " + usual);
        }
        return format;
    }
}
