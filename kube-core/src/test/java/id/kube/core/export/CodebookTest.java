package id.kube.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.OutcomeGroup;

class CodebookTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void everyOutcomeHasIndicatorsAndIdsAreUnique() {
        Map<OutcomeGroup, Long> perOutcome = Indicators.all().stream()
                .collect(Collectors.groupingBy(IndicatorDefinition::outcome, Collectors.counting()));
        assertThat(perOutcome.keySet()).containsExactlyInAnyOrder(OutcomeGroup.values());
        assertThat(perOutcome.values()).allMatch(n -> n >= 3);
        assertThat(Indicators.all()).extracting(IndicatorDefinition::id).doesNotHaveDuplicates();
        for (IndicatorDefinition d : Indicators.all()) {
            assertThat(Indicators.byId(d.id())).isSameAs(d);
        }
    }

    @Test
    void theCsvCodebookHasOneQuotedRowPerIndicator() {
        StringWriter w = new StringWriter();
        Codebook.writeCsv(Indicators.all(), w);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(Indicators.all().size() + 1);
        assertThat(lines[0]).isEqualTo(String.join(",", Codebook.CSV_HEADER));
        assertThat(Arrays.stream(lines).skip(1)).allMatch(l -> l.matches("[a-z0-9_]+,\\d+,.*"));
        assertThat(w.toString()).contains("par30,1,3 Business independence,Portofolio berisiko > 30 hari");
    }

    @Test
    void theCommittedCodebookIsTheGeneratedOne() throws IOException {
        StringWriter md = new StringWriter();
        Codebook.writeMarkdown(Indicators.all(), md);
        StringWriter csv = new StringWriter();
        Codebook.writeCsv(Indicators.all(), csv);
        assertThat(Files.readString(DOCS.resolve("indicators-codebook.md"), StandardCharsets.UTF_8))
                .as("docs/indicators-codebook.md is stale: run Codebook.main(\"docs\")").isEqualTo(md.toString());
        assertThat(Files.readString(DOCS.resolve("indicators-codebook.csv"), StandardCharsets.UTF_8))
                .isEqualTo(csv.toString());
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        StringWriter w = new StringWriter();
        new CsvWriter(w).row("plain", "a,b", "say \"hi\"", "line\nbreak", "").row("x");
        assertThat(w.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\nx\n");
    }
}
