package id.kube.core.member;

import java.util.Objects;
import java.util.UUID;

/** Identity of a person's membership record (never the NIK, which is personal data). */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    public static MemberId parse(String text) {
        return new MemberId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
