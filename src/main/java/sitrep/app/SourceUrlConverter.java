package sitrep.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import sitrep.domain.SourceUrl;

/** Turns a malformed URL on the command line into a usage error that names it. */
final class SourceUrlConverter implements ITypeConverter<SourceUrl> {
    @Override
    public SourceUrl convert(String value) {
        try {
            return SourceUrl.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
