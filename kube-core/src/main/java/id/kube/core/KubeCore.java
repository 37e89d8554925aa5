package id.kube.core;

import java.time.Clock;
import java.util.Objects;

import org.jooq.DSLContext;

import id.kube.core.activity.ActivityService;
import id.kube.core.facilitator.FacilitatorService;
import id.kube.core.group.GroupService;
import id.kube.core.group.GroupSizePolicy;
import id.kube.core.event.GroupEvents;
import id.kube.core.meeting.MeetingSchedules;
import id.kube.core.meeting.MeetingService;
import id.kube.core.member.MemberService;
import id.kube.core.member.NikProtector;
import id.kube.core.support.GroupSupport;
import id.kube.core.support.Referrals;
import id.kube.core.survey.HouseholdSurveys;
import id.kube.core.region.JooqRegionDirectory;
import id.kube.core.region.RegionDirectory;
import id.kube.core.visit.VisitService;

/**
 * The kube-core services wired for a host application (admin UI, seeds loader, tests): one
 * {@link DSLContext} on the PostgreSQL database (schema {@code kube} migrated with
 * {@code OwnedSchema.migrateAll}), the {@link NikProtector} built from the host's secret, the clock that says
 * what "today" is and the program's group size bounds. No framework needed.
 */
public final class KubeCore {

    private final RegionDirectory regions;
    private final GroupService groups;
    private final MemberService members;
    private final FacilitatorService facilitators;
    private final ActivityService activities;
    private final MeetingService meetings;
    private final VisitService visits;
    private final MeetingSchedules meetingSchedules;
    private final HouseholdSurveys surveys;
    private final GroupSupport support;
    private final Referrals referrals;
    private final GroupEvents events;

    public KubeCore(DSLContext dsl, NikProtector nikProtector, Clock clock, GroupSizePolicy sizePolicy) {
        Objects.requireNonNull(dsl, "dsl");
        Objects.requireNonNull(nikProtector, "NIK protector");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sizePolicy, "group size policy");
        this.regions = new JooqRegionDirectory(dsl);
        this.groups = new GroupService(dsl, clock, sizePolicy);
        this.members = new MemberService(dsl, clock, sizePolicy, nikProtector);
        this.facilitators = new FacilitatorService(dsl, clock);
        this.activities = new ActivityService(dsl, clock);
        this.meetings = new MeetingService(dsl, clock);
        this.visits = new VisitService(dsl, clock);
        this.meetingSchedules = new MeetingSchedules(dsl, clock);
        this.surveys = new HouseholdSurveys(dsl, clock);
        this.support = new GroupSupport(dsl, clock);
        this.referrals = new Referrals(dsl, clock);
        this.events = new GroupEvents(dsl, clock);
    }

    public KubeCore(DSLContext dsl, NikProtector nikProtector, Clock clock) {
        this(dsl, nikProtector, clock, GroupSizePolicy.DEFAULT);
    }

    public RegionDirectory regions() {
        return regions;
    }

    public GroupService groups() {
        return groups;
    }

    public MemberService members() {
        return members;
    }

    public FacilitatorService facilitators() {
        return facilitators;
    }

    public ActivityService activities() {
        return activities;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public VisitService visits() {
        return visits;
    }

    /** Meetings a month the group's rules schedule (meeting regularity). */
    public MeetingSchedules meetingSchedules() {
        return meetingSchedules;
    }

    /** Household surveys at baseline and follow-ups. */
    public HouseholdSurveys surveys() {
        return surveys;
    }

    /** Trainings, certifications, market access, the facilitator's SWOT, digital adoption. */
    public GroupSupport support() {
        return support;
    }

    /** Facilitator referrals of member families to services, made and completed. */
    public Referrals referrals() {
        return referrals;
    }

    /** Partnerships, external support, community contributions, shocks, BCP checklists. */
    public GroupEvents events() {
        return events;
    }
}
