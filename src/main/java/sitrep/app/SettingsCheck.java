package sitrep.app;

import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.MalformedJsonException;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.EOFException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.SecretMask;
import sitrep.domain.TerminalText;

/**
 * What is wrong with a settings file, as one line that names the setting ("setting 'statusUrls' has an
 * empty (null) entry"), never a library's class name or advice; and the secrets in it, handed to the
 * masker as soon as the file is read.
 */
final class SettingsCheck {

    private static final Pattern PATH = Pattern.compile("path \\$\\.?([^\\s;]*)");
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private SettingsCheck() {
    }

    /** A Gson failure as one line: where the syntax broke, or which setting had the wrong type. */
    static String describe(JsonParseException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher path = PATH.matcher(msg);
        String setting = path.find() ? path.group(1) : null;
        boolean syntax = e instanceof JsonSyntaxException && e.getCause() instanceof MalformedJsonException
                || e.getCause() instanceof EOFException;
        if (!syntax && "".equals(setting)) {
            return "it is not a JSON object of settings";
        }
        if (syntax || setting == null || setting.isEmpty()) {
            Matcher where = WHERE.matcher(msg);
            return "it is not valid JSON" + (where.find() ? " (line " + where.group(1) + ", column " + where.group(2)
                    + ")" : "");
        }
        return "setting '" + SecretMask.mask(setting) + "' has a value of the wrong type";
    }

    /**
     * The first null where a value is needed, naming the setting: an entry of a list, a source's options,
     * a header. Empty when the tree is usable; a null top-level setting simply means "not set".
     */
    static Optional<String> firstProblem(JsonElement tree) {
        if (!tree.isJsonObject()) {
            return Optional.of("it is not a JSON object of settings");
        }
        return nulls(tree, "", false);
    }

    private static Optional<String> nulls(JsonElement e, String path, boolean mapOfValues) {
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                if (a.get(i).isJsonNull()) {
                    return Optional.of("setting '" + p + "' has an empty (null) value");
                }
                Optional<String> inner = nulls(a.get(i), p, false);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                String p = (path.isEmpty() ? "" : path + ".") + TerminalText.escape(SecretMask.maskUrlCredentials(m.getKey()));
                if (m.getValue().isJsonNull()) {
                    if (mapOfValues) {
                        return Optional.of("setting '" + p + "' has an empty (null) value");
                    }
                    continue;
                }
                boolean map = m.getKey().equals("sourceOptions") || m.getKey().equals("headers");
                Optional<String> inner = nulls(m.getValue(), p, map);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first top-level setting whose value cannot become Sitrep's settings (a wrong type deep inside, a
     * panel without expressions), named; tried one setting at a time so the message can say which.
     */
    static Optional<String> firstUnusable(Gson gson, JsonObject tree) {
        try {
            gson.fromJson(tree, Settings.class);
            return Optional.empty();
        } catch (JsonParseException typed) {
            // Gson names the path itself; describe() turns it into the line.
            throw typed;
        } catch (RuntimeException whole) {
            for (Map.Entry<String, JsonElement> m : tree.entrySet()) {
                JsonObject one = new JsonObject();
                one.add(m.getKey(), m.getValue());
                try {
                    gson.fromJson(one, Settings.class);
                } catch (RuntimeException e) {
                    return Optional.of("setting '" + TerminalText.escape(SecretMask.maskUrlCredentials(m.getKey()))
                            + "' has a value Sitrep cannot use");
                }
            }
            return Optional.of("its settings cannot be used together");
        }
    }

    /**
     * Every token, password, header value and URL credential of the file, known to the masker before anything is
     * printed. Read from the parsed tree, before the settings are checked: a file that cannot be used for one
     * unrelated value still has its secrets masked.
     */
    static void rememberSecrets(JsonElement tree) {
        if (tree == null || !tree.isJsonObject()) {
            return;
        }
        JsonObject root = tree.getAsJsonObject();
        for (String url : new String[] {string(root, "prometheusUrl"), string(root, "alertmanagerUrl")}) {
            SecretMask.rememberUrlCredentials(url);
        }
        if (root.get("statusUrls") instanceof JsonArray urls) {
            urls.forEach(u -> SecretMask.rememberUrlCredentials(u.isJsonPrimitive() ? u.getAsString() : null));
        }
        if (root.get("teamStore") instanceof JsonObject store) {
            SecretMask.remember(string(store, "password"));
            SecretMask.rememberUrlCredentials(string(store, "url"));
        }
        if (root.get("sourceOptions") instanceof JsonObject sources) {
            for (Map.Entry<String, JsonElement> source : sources.entrySet()) {
                SecretMask.rememberUrlCredentials(source.getKey());
                if (source.getValue() instanceof JsonObject o) {
                    SecretMask.remember(string(o, "bearerToken"));
                    SecretMask.rememberBasic(string(o, "username"), string(o, "password"));
                    if (o.get("headers") instanceof JsonObject headers) {
                        headers.entrySet().forEach(h -> SecretMask.remember(
                                h.getValue().isJsonPrimitive() ? h.getValue().getAsString() : null));
                    }
                }
            }
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
