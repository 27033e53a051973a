package sitrep.incident.sync;

import java.util.Map;
import sitrep.domain.SecretMask;

/**
 * A store address with the password found for it. {@link #toString()} shows the address only: this object
 * may be logged or shown, the password never is.
 */
public final class StoreAccess {

    private final StoreAddress address;
    private final String password;

    private StoreAccess(StoreAddress address, String password) {
        this.address = address;
        this.password = password;
    }

    /**
     * @param url          the libpq URL (from a flag, the incident's sync.json, or the settings)
     * @param user         the settings' user, used when the URL names none
     * @param savedPassword the settings' password, or null
     * @param caFile       the settings' CA file, used when the URL names none
     * @throws IllegalArgumentException when the URL is malformed (one line)
     */
    public static StoreAccess resolve(String url, String user, String savedPassword, String caFile,
                                      Map<String, String> env) {
        StoreAddress address = StoreAddress.parse(url).withDefaults(user, caFile);
        String password = StorePassword.find(address, savedPassword, env);
        // Wherever it came from (the URL, the settings, PGPASSWORD, ~/.pgpass), it is masked in all output.
        SecretMask.remember(password);
        return new StoreAccess(address, password);
    }

    public StoreAddress address() {
        return address;
    }

    public TeamStore connect() throws StoreException {
        return TeamStore.connect(address, password);
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
