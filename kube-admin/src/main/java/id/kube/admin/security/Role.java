package id.kube.admin.security;

/**
 * What a signed-in person may do. Each user has exactly one role; the role decides which groups a query may
 * touch ({@link GroupScope}) and which screens the side navigation offers.
 */
public enum Role {
    /** Bendahara: the books of their own group; records transactions. */
    TREASURER,
    /** Pendamping: the groups assigned to them. */
    FACILITATOR,
    /** Dinas Sosial: every group in their regency/city. */
    DISTRICT_OFFICER,
    /** Kementerian Sosial: every group. */
    MINISTRY,
    /** Aggregated and pseudonymised views and exports only: never names or NIKs. */
    RESEARCHER,
    /** Users and reference data. */
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_TREASURER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The constant {@code @RolesAllowed} and the side navigation refer to. */
    public static final class Names {
        public static final String TREASURER = "TREASURER";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
        public static final String MINISTRY = "MINISTRY";
        public static final String RESEARCHER = "RESEARCHER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
