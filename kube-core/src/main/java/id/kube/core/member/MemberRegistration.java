package id.kube.core.member;

import java.util.List;

/** The member just added, with the warnings (e.g. an unknown NIK district) to show to the user. */
public record MemberRegistration(Member member, List<NikWarning> warnings) {

    public MemberRegistration {
        warnings = List.copyOf(warnings);
    }
}
