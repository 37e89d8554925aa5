package id.kube.admin.dashboard;

import java.time.Clock;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the dashboard summaries current: every few seconds (property {@code kube.dashboard.refresh-millis},
 * default 2 s) the groups whose books moved are derived again; every 10 s groups without a summary row get
 * one and a bounded number of groups whose loan portfolio is from an earlier day are aged. Screens that post call {@link DashboardSummaries#catchUp(java.util.Collection)}
 * for their group right after the posting, so their own dashboard never waits for the timer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SummaryRefresh {

    private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

    @Bean
    DashboardSummaries dashboardSummaries(DSLContext dsl, Clock clock) {
        return new DashboardSummaries(dsl, clock);
    }

    @Bean
    Refresher dashboardRefresher(DashboardSummaries summaries,
                                 @Value("${kube.dashboard.dated-batch:2000}") int datedBatch) {
        return new Refresher(summaries, datedBatch);
    }

    static final class Refresher {
        private final DashboardSummaries summaries;
        private final int datedBatch;

        Refresher(DashboardSummaries summaries, int datedBatch) {
            this.summaries = summaries;
            this.datedBatch = datedBatch;
        }

        @Scheduled(fixedDelayString = "${kube.dashboard.refresh-millis:2000}",
                initialDelayString = "${kube.dashboard.refresh-initial-millis:1000}")
        void catchUp() {
            try {
                DashboardSummaries.Run run = summaries.catchUpAll(2_000);
                if (run.groupsRefreshed() > 0) {
                    log.debug("dashboard summaries: {} groups caught up, {} months", run.groupsRefreshed(),
                            run.monthsRecomputed());
                }
            } catch (RuntimeException e) {
                // the next run retries; the dashboard shows how old its summaries are
                log.warn("dashboard summary catch-up failed: {}", e.getMessage());
            }
        }

        /** Every 10 s: groups without a summary row yet, and portfolios whose as-of day has passed. */
        @Scheduled(fixedDelayString = "${kube.dashboard.ageing-millis:10000}",
                initialDelayString = "${kube.dashboard.refresh-initial-millis:1000}")
        void ageAndAdd() {
            try {
                int added = summaries.addMissing(datedBatch);
                int dated = summaries.refreshDated(datedBatch);
                if (added > 0 || dated > 0) {
                    log.debug("dashboard summaries: {} groups added, {} aged", added, dated);
                }
            } catch (RuntimeException e) {
                log.warn("dashboard summary ageing failed: {}", e.getMessage());
            }
        }
    }
}
