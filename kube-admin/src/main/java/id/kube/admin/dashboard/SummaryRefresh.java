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
 * default 2 s) the groups whose books moved are derived again, and a bounded number of groups whose loan
 * portfolio is from an earlier day are aged. Screens that post call {@link DashboardSummaries#catchUp(java.util.Collection)}
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
        void refresh() {
            try {
                DashboardSummaries.Run run = summaries.catchUpAll(2_000);
                int dated = summaries.refreshDated(datedBatch);
                if (run.groupsRefreshed() > 0 || dated > 0) {
                    log.debug("dashboard summaries: {} groups caught up, {} months, {} aged", run.groupsRefreshed(),
                            run.monthsRecomputed(), dated);
                }
            } catch (RuntimeException e) {
                // the next run retries; the dashboard shows how old its summaries are
                log.warn("dashboard summary refresh failed: {}", e.getMessage());
            }
        }
    }
}
