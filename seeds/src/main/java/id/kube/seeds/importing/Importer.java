package id.kube.seeds.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import id.kube.seeds.table.Table;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.template.Sheet;

/**
 * Imports the template tables into an {@link ImportTarget}: validates every row (fields, then references between
 * rows and against what is already stored), reports every rejected row with its reason in Bahasa Indonesia, and
 * then, unless this is a dry run or the mode is all-or-nothing with rejections, writes the valid records in one
 * unit of work. A dry run goes through the same writes and rolls them back, so its counts are the real run's.
 * Re-importing the same file writes nothing: every record is keyed by its natural key.
 */
public final class Importer {

    private static final int PROGRESS_EVERY = 200;

    private final ImportTarget target;
    private final Clock clock;

    public Importer(ImportTarget target, Clock clock) {
        this.target = Objects.requireNonNull(target);
        this.clock = Objects.requireNonNull(clock);
    }

    public ImportReport run(TableSource source, ImportOptions options, ImportProgress progress) {
        long total = source.rowCount();
        Map<Sheet, Long> read = new EnumMap<>(Sheet.class);
        List<Rejection> rejections = new ArrayList<>();
        List<ImportRecord> valid = new ArrayList<>();
        RowParser parser = new RowParser(clock);
        References references = new References();
        long done = 0;
        for (Sheet sheet : Sheet.values()) {
            Optional<Table> table = source.table(sheet);
            if (table.isEmpty()) {
                continue;
            }
            read.put(sheet, (long) table.get().rows().size());
            RowParser.Parsed parsed = parser.parse(table.get());
            parsed.rejections().forEach(references::rejected);
            rejections.addAll(parsed.rejections());
            for (ImportRecord record : parsed.records()) {
                Optional<Rejection> rejection = references.check(record);
                if (rejection.isPresent()) {
                    references.rejected(new Rejection(record.sheet(), record.line(), record.key(),
                            rejection.get().reason(), ""));
                    rejections.add(rejection.get());
                } else {
                    valid.add(references.accept(record));
                }
            }
            done += table.get().rows().size();
            progress.update("Memeriksa", sheet, done / 2, total);
        }

        Map<Sheet, long[]> written = new EnumMap<>(Sheet.class); // [imported rows, unchanged rows]
        boolean committed = false;
        boolean writeAnything = rejections.isEmpty() || options.mode() == ImportMode.VALID_ROWS_ONLY;
        Set<Sheet> storable = target.storableSheets();
        Map<Sheet, Long> skipped = new EnumMap<>(Sheet.class);
        if (writeAnything && !valid.isEmpty()) {
            boolean[] failed = {false};
            committed = target.inSession(options, writer -> {
                long step = 0;
                for (ImportRecord record : valid) {
                    long rows = rowsOf(record);
                    if (!storable.contains(record.sheet())) {
                        skipped.merge(record.sheet(), rows, Long::sum);
                        continue;
                    }
                    try {
                        ImportTarget.Outcome outcome = writer.write(record);
                        written.computeIfAbsent(record.sheet(), s -> new long[2])
                                [outcome == ImportTarget.Outcome.IMPORTED ? 0 : 1] += rows;
                    } catch (ImportTarget.RecordRejected e) {
                        rejections.add(new Rejection(record.sheet(), record.line(), keyForReport(record), e.reason(),
                                e.getMessage()));
                        if (options.mode() == ImportMode.ALL_OR_NOTHING) {
                            failed[0] = true;
                            break;
                        }
                    }
                    if (++step % PROGRESS_EVERY == 0) {
                        progress.update("Menyimpan", record.sheet(),
                                total / 2 + step * (total - total / 2) / valid.size(), total);
                    }
                }
                return !failed[0] && !options.dryRun();
            });
            if (failed[0]) {
                written.clear();
                skipped.clear();
            }
        }
        progress.update("Selesai", Sheet.TRANSAKSI, total, total);

        Map<Sheet, SheetCounts> counts = new EnumMap<>(Sheet.class);
        for (var entry : read.entrySet()) {
            long[] w = written.getOrDefault(entry.getKey(), new long[2]);
            long imported = w[0];
            long unchanged = w[1];
            long skip = skipped.getOrDefault(entry.getKey(), 0L);
            counts.put(entry.getKey(), new SheetCounts(entry.getValue(), imported, unchanged,
                    entry.getValue() - imported - unchanged - skip, skip));
        }
        if (!writeAnything || (options.mode() == ImportMode.ALL_OR_NOTHING && !committed && !options.dryRun())) {
            counts.replaceAll((sheet, c) -> new SheetCounts(c.read(), 0, 0, c.rejected(), c.skipped()));
        }
        rejections.sort(java.util.Comparator.comparing(Rejection::sheet).thenComparingInt(Rejection::line));
        return new ImportReport(options, counts, rejections, committed);
    }

    private static long rowsOf(ImportRecord record) {
        return switch (record) {
            case ImportRecord.Journal j -> j.legs().size();
            case ImportRecord.Attendance a -> a.presences().size();
            default -> 1;
        };
    }

    private static String keyForReport(ImportRecord record) {
        return record instanceof ImportRecord.Member m ? IdentityNumbers.masked(m.nik()) : record.key();
    }

    /**
     * Cross-row checks: what a record refers to must be in this import (accepted) or already stored. Also the
     * duplicate-beneficiary rule: one person active in at most one KUBE, one family once per group.
     */
    private final class References {
        final Map<Sheet, Set<String>> acceptedKeys = new EnumMap<>(Sheet.class);
        final Map<Sheet, Set<String>> seenKeys = new EnumMap<>(Sheet.class);
        final Map<String, ImportRecord> acceptedByKey = new HashMap<>();
        final Map<String, List<ImportRecord.Member>> membersByNik = new HashMap<>();
        final Map<String, Set<String>> familiesByGroup = new HashMap<>();
        final Map<String, String> meetingGroup = new HashMap<>();
        final Map<String, Set<String>> loansByGroup = new HashMap<>();
        final Set<String> membersOfGroup = new HashSet<>();
        final Map<Sheet, Set<String>> rejectedKeys = new EnumMap<>(Sheet.class);

        void rejected(Rejection rejection) {
            rejectedKeys.computeIfAbsent(rejection.sheet(), s -> new HashSet<>()).add(rejection.key());
        }

        ImportRecord accept(ImportRecord record) {
            acceptedKeys.computeIfAbsent(record.sheet(), s -> new HashSet<>()).add(record.key());
            acceptedByKey.put(record.sheet() + "/" + record.key(), record);
            switch (record) {
                case ImportRecord.Member m -> {
                    membersByNik.computeIfAbsent(m.nik(), k -> new ArrayList<>()).add(m);
                    familiesByGroup.computeIfAbsent(m.groupCode(), k -> new HashSet<>()).add(m.familyCard());
                    membersOfGroup.add(m.groupCode() + "/" + m.nik());
                }
                case ImportRecord.Meeting m -> meetingGroup.put(m.id(), m.groupCode());
                case ImportRecord.Loan l -> loansByGroup.computeIfAbsent(l.groupCode(), k -> new HashSet<>()).add(l.id());
                case ImportRecord.Attendance a -> {
                    ImportRecord.Attendance withGroup = new ImportRecord.Attendance(a.line(), a.meetingId(),
                            meetingGroup.getOrDefault(a.meetingId(), target.groupOfMeeting(a.meetingId()).orElse("")),
                            a.presences());
                    acceptedByKey.put(record.sheet() + "/" + record.key(), withGroup);
                    return withGroup;
                }
                default -> {
                }
            }
            return record;
        }

        Optional<Rejection> check(ImportRecord record) {
            Sheet sheet = record.sheet();
            String key = keyForReport(record);
            if (!seenKeys.computeIfAbsent(sheet, s -> new HashSet<>()).add(record.key())) {
                ImportRecord first = acceptedByKey.get(sheet + "/" + record.key());
                return reject(record, key, RejectionReason.KODE_GANDA, first == null
                        ? "Kode " + key + " muncul lebih dari sekali di " + sheet.fileName() + "."
                        : "Kode " + key + " sudah dipakai di baris " + first.line() + " berkas yang sama.");
            }
            return switch (record) {
                case ImportRecord.Facilitator f -> target.knownRegion(f.regencyCode()) ? Optional.empty()
                        : reject(record, key, RejectionReason.WILAYAH_TIDAK_DIKENAL, "Kode kabupaten/kota "
                        + f.regencyCode() + " tidak ada di referensi wilayah Kemendagri.");
                case ImportRecord.Group g -> {
                    if (!target.knownRegion(g.villageCode())) {
                        yield reject(record, key, RejectionReason.WILAYAH_TIDAK_DIKENAL, "Kode desa/kelurahan "
                                + g.villageCode() + " tidak ada di referensi wilayah Kemendagri.");
                    }
                    if (g.grantDate().isBefore(g.formed())) {
                        yield reject(record, key, RejectionReason.FORMAT_SALAH, "tanggal_bantuan " + g.grantDate()
                                + " sebelum tanggal_bentuk " + g.formed() + ".");
                    }
                    if (g.surplusIksPercent() + g.surplusMembersPercent() > 100) {
                        yield reject(record, key, RejectionReason.FORMAT_SALAH, "shu_iks_persen + shu_anggota_persen "
                                + "lebih dari 100.");
                    }
                    yield known(Sheet.PENDAMPING, g.facilitatorCode(), target::facilitatorExists, record, key,
                            RejectionReason.PENDAMPING_TIDAK_DIKENAL, "Pendamping " + g.facilitatorCode());
                }
                case ImportRecord.Member m -> checkMember(m, key);
                case ImportRecord.Attendance a -> {
                    String group = meetingGroup.get(a.meetingId());
                    if (group == null) {
                        if (rejectedKeys.getOrDefault(Sheet.PERTEMUAN, Set.of()).contains(a.meetingId())) {
                            yield reject(record, key, RejectionReason.BERGANTUNG_PADA_BARIS_DITOLAK, "Pertemuan "
                                    + a.meetingId() + " ditolak di pertemuan.csv, maka daftar hadirnya juga.");
                        }
                        group = target.groupOfMeeting(a.meetingId()).orElse(null);
                    }
                    if (group == null) {
                        yield reject(record, key, RejectionReason.PERTEMUAN_TIDAK_DIKENAL, "Pertemuan " + a.meetingId()
                                + " tidak ada di pertemuan.csv maupun di sistem.");
                    }
                    for (ImportRecord.Presence p : a.presences()) {
                        if (!memberKnown(group, p.nik())) {
                            yield Optional.of(new Rejection(sheet, p.line(), a.meetingId(),
                                    RejectionReason.ANGGOTA_TIDAK_DIKENAL, "NIK " + IdentityNumbers.masked(p.nik())
                                    + " bukan anggota kelompok " + group + " (seluruh daftar hadir pertemuan ini ditolak)."));
                        }
                    }
                    yield Optional.empty();
                }
                case ImportRecord.Visit v -> groupThen(record, key, () -> known(Sheet.PENDAMPING, v.facilitatorCode(),
                        target::facilitatorExists, record, key, RejectionReason.PENDAMPING_TIDAK_DIKENAL,
                        "Pendamping " + v.facilitatorCode()));
                case ImportRecord.Survey s -> groupThen(record, key, () -> memberKnown(s.groupCode(), s.nik())
                        ? Optional.empty() : reject(record, key, RejectionReason.ANGGOTA_TIDAK_DIKENAL, "NIK "
                        + IdentityNumbers.masked(s.nik()) + " bukan anggota kelompok " + s.groupCode() + "."));
                case ImportRecord.Loan l -> groupThen(record, key, () -> {
                    if (!memberKnown(l.groupCode(), l.nik())) {
                        return reject(record, key, RejectionReason.ANGGOTA_TIDAK_DIKENAL, "Peminjam NIK "
                                + IdentityNumbers.masked(l.nik()) + " bukan anggota kelompok " + l.groupCode() + ".");
                    }
                    if (!l.replacesLoanId().isEmpty() && !loanKnown(l.groupCode(), l.replacesLoanId())) {
                        return reject(record, key, RejectionReason.PINJAMAN_TIDAK_DIKENAL, "Pinjaman asal "
                                + l.replacesLoanId() + " tidak ada di kelompok " + l.groupCode() + ".");
                    }
                    return Optional.empty();
                });
                case ImportRecord.Journal j -> groupThen(record, key, () -> {
                    for (ImportRecord.Leg leg : j.legs()) {
                        if (!leg.nik().isEmpty() && !memberKnown(j.groupCode(), leg.nik())) {
                            return Optional.of(new Rejection(sheet, leg.line(), j.id(), RejectionReason.ANGGOTA_TIDAK_DIKENAL,
                                    "NIK " + IdentityNumbers.masked(leg.nik()) + " bukan anggota kelompok "
                                            + j.groupCode() + " (seluruh transaksi " + j.id() + " ditolak)."));
                        }
                        if (!leg.loanId().isEmpty() && !loanKnown(j.groupCode(), leg.loanId())) {
                            return Optional.of(new Rejection(sheet, leg.line(), j.id(), RejectionReason.PINJAMAN_TIDAK_DIKENAL,
                                    "Pinjaman " + leg.loanId() + " tidak ada di kelompok " + j.groupCode()
                                            + " (seluruh transaksi " + j.id() + " ditolak)."));
                        }
                    }
                    return Optional.empty();
                });
                case ImportRecord.GroupStatus s -> groupThen(record, key, Optional::empty);
                case ImportRecord.Activity a -> groupThen(record, key, Optional::empty);
                case ImportRecord.Meeting m -> groupThen(record, key, Optional::empty);
            };
        }

        private Optional<Rejection> checkMember(ImportRecord.Member m, String key) {
            Optional<Rejection> group = groupThen(m, key, Optional::empty);
            if (group.isPresent()) {
                return group;
            }
            if (!target.knownRegion(m.villageCode())) {
                return reject(m, key, RejectionReason.WILAYAH_TIDAK_DIKENAL, "Kode desa/kelurahan " + m.villageCode()
                        + " tidak ada di referensi wilayah Kemendagri.");
            }
            for (ImportRecord.Member other : membersByNik.getOrDefault(m.nik(), List.of())) {
                if (!other.groupCode().equals(m.groupCode()) && overlaps(m, other)) {
                    return reject(m, key, RejectionReason.ANGGOTA_GANDA_KELOMPOK_LAIN, "NIK " + key
                            + " sudah menjadi anggota aktif kelompok " + other.groupCode() + " (baris " + other.line()
                            + "); satu orang hanya boleh aktif di satu KUBE.");
                }
            }
            if (m.left() == null) {
                Optional<String> stored = target.activeGroupOf(m.nik(), m.joined());
                if (stored.isPresent() && !stored.get().equals(m.groupCode())) {
                    return reject(m, key, RejectionReason.ANGGOTA_GANDA_KELOMPOK_LAIN, "NIK " + key
                            + " sudah menjadi anggota aktif kelompok " + stored.get()
                            + " di sistem; satu orang hanya boleh aktif di satu KUBE.");
                }
            }
            if (familiesByGroup.getOrDefault(m.groupCode(), Set.of()).contains(m.familyCard())
                    && membersByNik.values().stream().flatMap(List::stream).anyMatch(o -> o.groupCode().equals(m.groupCode())
                    && o.familyCard().equals(m.familyCard()) && overlaps(o, m))) {
                return reject(m, key, RejectionReason.KK_GANDA, "Nomor KK " + IdentityNumbers.masked(m.familyCard())
                        + " sudah dipakai anggota lain di kelompok " + m.groupCode()
                        + "; satu keluarga dihitung sekali per kelompok.");
            }
            return Optional.empty();
        }

        private boolean overlaps(ImportRecord.Member a, ImportRecord.Member b) {
            boolean aEndsBeforeB = a.left() != null && !a.left().isAfter(b.joined());
            boolean bEndsBeforeA = b.left() != null && !b.left().isAfter(a.joined());
            return !aEndsBeforeB && !bEndsBeforeA;
        }

        private boolean memberKnown(String group, String nik) {
            return membersOfGroup.contains(group + "/" + nik) || target.memberExists(group, nik);
        }

        private boolean loanKnown(String group, String loanId) {
            return loansByGroup.getOrDefault(group, Set.of()).contains(loanId) || target.loanExists(group, loanId);
        }

        private Optional<Rejection> groupThen(ImportRecord record, String key,
                                              java.util.function.Supplier<Optional<Rejection>> next) {
            Optional<Rejection> group = known(Sheet.KELOMPOK, record.groupCode(), target::groupExists, record, key,
                    RejectionReason.KELOMPOK_TIDAK_DIKENAL, "Kelompok " + record.groupCode());
            return group.isPresent() ? group : next.get();
        }

        private Optional<Rejection> known(Sheet sheet, String code, java.util.function.Predicate<String> stored,
                                          ImportRecord record, String key, RejectionReason reason, String what) {
            if (acceptedKeys.getOrDefault(sheet, Set.of()).contains(code)) {
                return Optional.empty();
            }
            if (rejectedKeys.getOrDefault(sheet, Set.of()).contains(code)) {
                return reject(record, key, RejectionReason.BERGANTUNG_PADA_BARIS_DITOLAK, what + " ditolak di "
                        + sheet.fileName() + ", maka baris ini juga tidak diimpor.");
            }
            if (stored.test(code)) {
                return Optional.empty();
            }
            return reject(record, key, reason, what + " tidak ada di " + sheet.fileName() + " maupun di sistem.");
        }

        private Optional<Rejection> reject(ImportRecord record, String key, RejectionReason reason, String message) {
            return Optional.of(new Rejection(record.sheet(), record.line(), key, reason, message));
        }
    }
}
