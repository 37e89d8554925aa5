package id.kube.core.member;

/** Something odd about a NIK that does not stop registration; returned to the caller to show. */
public record NikWarning(Code code, String message) {

    public enum Code { UNKNOWN_DISTRICT }
}
