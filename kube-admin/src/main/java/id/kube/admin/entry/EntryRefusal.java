package id.kube.admin.entry;

import org.jspecify.annotations.Nullable;

/**
 * A posting refused before anything was written, with the field it belongs to (so the form shows it next to that
 * field), a text key of the user's language and its parameters; the exception message is the Bahasa Indonesia text.
 */
public final class EntryRefusal extends RuntimeException {

    private final @Nullable String field;
    private final String key;
    private final Object[] params;

    public EntryRefusal(@Nullable String field, String key, String indonesian, Object... params) {
        super(indonesian);
        this.field = field;
        this.key = key;
        this.params = params.clone();
    }

    /** The form field the refusal is about ({@code amount}, {@code member}, {@code date}, ...), or none. */
    public @Nullable String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }
}
