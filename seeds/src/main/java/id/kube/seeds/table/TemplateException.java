package id.kube.seeds.table;

/**
 * A file that cannot be read as the template at all: unreadable, not CSV/XLSX, or a table whose header lacks a
 * required column. The message is for the user, in Bahasa Indonesia.
 */
public final class TemplateException extends Exception {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
