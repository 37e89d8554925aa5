package id.kube.seeds.importing;

import java.time.LocalDate;
import java.util.List;

import id.kube.seeds.template.AccountCode;
import id.kube.seeds.template.Sheet;

/**
 * A row (or, for transactions, a group of rows) of the template after field validation: typed, with the natural
 * key that makes re-importing the same file a no-op. Where the row refers to others (a member to its group) it
 * carries the referenced natural key; the importer resolves it.
 */
public sealed interface ImportRecord {

    Sheet sheet();

    /** The line of the (first) row in the file. */
    int line();

    /** The natural key: stable across imports of the same data. */
    String key();

    /** The group this record belongs to, or empty for facilitators. */
    String groupCode();

    record Facilitator(int line, String code, String name, String regencyCode, String phone) implements ImportRecord {
        public Sheet sheet() { return Sheet.PENDAMPING; }
        public String key() { return code; }
        public String groupCode() { return ""; }
    }

    record Group(int line, String code, String name, String villageCode, LocalDate formed, String bank,
                 String accountNumber, long grantRupiah, LocalDate grantDate, String grantScheme,
                 long principalSavingRupiah, long mandatorySavingRupiah, long iksFeeRupiah, String loanFeePercent,
                 int maxInstallments, int surplusIksPercent, int surplusMembersPercent, String facilitatorCode)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.KELOMPOK; }
        public String key() { return code; }
        public String groupCode() { return code; }
    }

    record GroupStatus(int line, String groupCode, LocalDate date, String status, String stage, String reason)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.STATUS_KELOMPOK; }
        public String key() { return groupCode + "@" + date + "/" + status + "/" + stage; }
    }

    record Activity(int line, String groupCode, String type, String description, LocalDate started, String status)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.USAHA; }
        public String key() { return groupCode + "/" + type + "/" + description; }
    }

    record Member(int line, String groupCode, String nik, String familyCard, String name, char sex,
                  LocalDate birthDate, String role, String address, String rt, String rw, String villageCode,
                  String phone, boolean headOfHousehold, Integer welfareDecile, LocalDate joined, LocalDate left)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.ANGGOTA; }
        public String key() { return groupCode + "/" + nik; }
    }

    record Meeting(int line, String id, String groupCode, LocalDate date, String type, String decisions)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.PERTEMUAN; }
        public String key() { return id; }
    }

    /** All attendance rows of one meeting, imported together. */
    record Attendance(int line, String meetingId, String groupCode, List<Presence> presences) implements ImportRecord {
        public Attendance {
            presences = List.copyOf(presences);
        }
        public Sheet sheet() { return Sheet.KEHADIRAN; }
        public String key() { return meetingId; }
    }

    record Presence(int line, String nik, boolean present) {
    }

    record Visit(int line, String id, String groupCode, LocalDate date, String facilitatorCode, String findings,
                 String followUp, LocalDate nextVisit) implements ImportRecord {
        public Sheet sheet() { return Sheet.KUNJUNGAN; }
        public String key() { return id; }
    }

    record Survey(int line, String id, String groupCode, String nik, LocalDate date, String wave, String enumerator,
                  long monthlyIncomeRupiah, long kubeIncomeRupiah, long savingsRupiah, boolean jkn, boolean kip,
                  boolean pkh, boolean electricity, boolean cleanWater, boolean sanitation, boolean leftRegister,
                  int householdSize, List<String> incomeSources, int schoolAgeChildren, int schoolAgeInSchool,
                  boolean birthCertificates, boolean civilDocuments, boolean bankAccount, String foodSecurity,
                  Integer welfareDecile)
            implements ImportRecord {
        public Sheet sheet() { return Sheet.SURVEI; }
        public String key() { return id; }
    }

    record Loan(int line, String id, String groupCode, String nik, LocalDate disbursed, long principalRupiah,
                String feePercentPerMonth, String feeMethod, String frequency, int installments, int gracePeriods,
                String replacesLoanId, String note) implements ImportRecord {
        public Sheet sheet() { return Sheet.PINJAMAN; }
        public String key() { return id; }
    }

    /** One journal entry: every row with the same {@code id_transaksi}. */
    record Journal(int line, String id, String groupCode, LocalDate date, String type, String description,
                   List<Leg> legs) implements ImportRecord {
        public Journal {
            legs = List.copyOf(legs);
        }
        public Sheet sheet() { return Sheet.TRANSAKSI; }
        public String key() { return id; }
        public long debitTotal() { return legs.stream().mapToLong(Leg::debitRupiah).sum(); }
        public long creditTotal() { return legs.stream().mapToLong(Leg::creditRupiah).sum(); }
    }

    record Leg(int line, AccountCode account, long debitRupiah, long creditRupiah, String nik, String loanId) {
    }
}
