package sitrep.app;

/**
 * The team store in the settings file ({@code "teamStore"}): the libpq URL, and the user, password and CA
 * file when the URL leaves them out. The password is read from here, {@code PGPASSWORD} or {@code ~/.pgpass};
 * it is never written anywhere else and never shown.
 *
 * @param replicateEvidence also share the evidence folder (under the evidence cap)
 */
public record TeamStoreSettings(String url, String user, String password, String caFile, boolean replicateEvidence) {

    public static final TeamStoreSettings NONE = new TeamStoreSettings(null, null, null, null, false);

    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
