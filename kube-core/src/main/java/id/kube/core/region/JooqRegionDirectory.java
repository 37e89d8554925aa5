package id.kube.core.region;

import static id.kube.core.persistence.jooq.Tables.REGION;
import static id.kube.core.persistence.jooq.Tables.REGION_DECREE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.kube.core.persistence.jooq.tables.records.RegionRecord;

/** {@link RegionDirectory} over {@code kube.region}. */
public final class JooqRegionDirectory implements RegionDirectory {

    private final DSLContext dsl;

    public JooqRegionDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RegionDecree currentDecree() {
        return dsl.selectFrom(REGION_DECREE).orderBy(REGION_DECREE.SEQUENCE.desc()).limit(1)
                .fetchOptional(r -> new RegionDecree(r.getId(), r.getTitle(), r.getIssuedYear(), r.getSequence()))
                .orElseThrow(() -> new IllegalStateException("no region decree loaded: migrations missing?"));
    }

    @Override
    public List<RegionDecree> decrees() {
        return dsl.selectFrom(REGION_DECREE).orderBy(REGION_DECREE.SEQUENCE)
                .fetch(r -> new RegionDecree(r.getId(), r.getTitle(), r.getIssuedYear(), r.getSequence()));
    }

    @Override
    public Optional<Region> find(RegionCode code) {
        return find(code, currentDecree().id());
    }

    @Override
    public Optional<Region> find(RegionCode code, String decreeId) {
        return dsl.selectFrom(REGION)
                .where(REGION.CODE.eq(code.value()).and(REGION.DECREE_ID.eq(decreeId)))
                .fetchOptional(JooqRegionDirectory::toRegion);
    }

    @Override
    public boolean everIssued(RegionCode code) {
        return dsl.fetchExists(REGION, REGION.CODE.eq(code.value()));
    }

    @Override
    public List<Region> children(RegionCode parent) {
        return dsl.selectFrom(REGION)
                .where(REGION.PARENT_CODE.eq(parent.value()).and(REGION.DECREE_ID.eq(currentDecree().id())))
                .orderBy(REGION.CODE)
                .fetch(JooqRegionDirectory::toRegion);
    }

    @Override
    public List<Region> provinces() {
        return dsl.selectFrom(REGION)
                .where(REGION.PARENT_CODE.isNull().and(REGION.DECREE_ID.eq(currentDecree().id())))
                .orderBy(REGION.CODE)
                .fetch(JooqRegionDirectory::toRegion);
    }

    @Override
    public List<Region> lineage(RegionCode code) {
        String decree = currentDecree().id();
        List<String> codes = new ArrayList<>();
        for (Optional<RegionCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            codes.add(c.get().value());
        }
        List<Region> found = dsl.selectFrom(REGION)
                .where(REGION.CODE.in(codes).and(REGION.DECREE_ID.eq(decree)))
                .orderBy(REGION.CODE)
                .fetch(JooqRegionDirectory::toRegion);
        return found.size() == codes.size() ? found : Collections.emptyList();
    }

    private static Region toRegion(RegionRecord r) {
        return new Region(new RegionCode(r.getCode()), r.getDecreeId(), r.getName());
    }
}
