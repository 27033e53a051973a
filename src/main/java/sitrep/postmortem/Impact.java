package sitrep.postmortem;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The impact of an incident: the author's text, plus the share of users affected when it is known
 * (typed in the editor, or read from "80% of users" on import). The text is what the template prints.
 */
public record Impact(String text, OptionalDouble usersAffectedPercent) {

    public Impact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usersAffectedPercent, "usersAffectedPercent");
    }

    public static Impact of(String text) {
        return new Impact(text, OptionalDouble.empty());
    }

    public static Impact none() {
        return of("");
    }
}
