package id.kube.core.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.Indicators;

/**
 * Turns a row of {@link PanelQuery} into the export's columns: pseudonymous id instead of the group id,
 * region codes at the chosen precision, and small-cell suppression — survey indicators are blanked when
 * fewer than 5 households answered, every other indicator when the group had fewer than 5 active families;
 * each blanked indicator is listed in {@code suppressed}. Values are the database's own decimal text.
 */
final class PanelRows {

    private static final List<IndicatorDefinition> INDICATORS = Indicators.all();
    private static final boolean[] FROM_SURVEY = surveyFlags();

    private final Pseudonymizer pseudonyms;
    private final Geography geography;
    private final String[] row = new String[PanelColumns.all().size()];
    private final StringBuilder suppressed = new StringBuilder();
    private String lastGroup = "";
    private String lastPid = "";

    private final RegionNames regions;

    PanelRows(Pseudonymizer pseudonyms, Geography geography, RegionNames regions) {
        this.pseudonyms = pseudonyms;
        this.geography = geography;
        this.regions = regions;
    }

    private static boolean[] surveyFlags() {
        boolean[] f = new boolean[INDICATORS.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = PanelColumns.fromSurvey(INDICATORS.get(i));
        }
        return f;
    }

    /** The export row for the result set's current row; the array is reused between calls. */
    String[] next(ResultSet rs) throws SQLException {
        String group = rs.getString(1);
        if (!group.equals(lastGroup)) {
            lastGroup = group;
            lastPid = pseudonyms.group(UUID.fromString(group));
        }
        String type = rs.getString(2);
        String start = rs.getString(3);
        String village = rs.getString(5);
        String activeText = rs.getString(6);
        String surveyedText = rs.getString(7);
        int active = Integer.parseInt(activeText);
        int surveyed = Integer.parseInt(surveyedText);
        int c = 0;
        row[c++] = lastPid;
        row[c++] = type;
        row[c++] = label(type, start);
        row[c++] = start;
        row[c++] = rs.getString(4);
        String province = village.substring(0, 2);
        String regency = village.substring(0, 5);
        String district = village.substring(0, 8);
        boolean villages = geography == Geography.VILLAGE;
        row[c++] = province;
        row[c++] = regency;
        row[c++] = district;
        row[c++] = villages ? village : "";
        row[c++] = regions.name(province);
        row[c++] = regions.name(regency);
        row[c++] = regions.name(district);
        row[c++] = villages ? regions.name(village) : "";
        row[c++] = activeText;
        row[c++] = surveyedText;
        suppressed.setLength(0);
        String stored = rs.getString(9);
        if (!stored.isEmpty()) {
            suppressed.append(stored);
        }
        for (int i = 0; i < FROM_SURVEY.length; i++) {
            String v = rs.getString(PanelQuery.FIXED + 1 + i);
            boolean small = FROM_SURVEY[i] ? surveyed < PanelColumns.MIN_FAMILIES : active < PanelColumns.MIN_FAMILIES;
            if (v != null && small) {
                if (!suppressed.isEmpty()) {
                    suppressed.append(';');
                }
                suppressed.append(INDICATORS.get(i).id());
                v = null;
            }
            row[c++] = v == null ? "" : v;
        }
        row[c++] = rs.getString(8);
        row[c] = suppressed.toString();
        return row;
    }

    static String label(String type, String start) {
        return switch (type) {
            case "MONTH" -> start.substring(0, 7);
            case "QUARTER" -> start.substring(0, 4) + "-Q" + ((Integer.parseInt(start.substring(5, 7)) - 1) / 3 + 1);
            case "YEAR" -> start.substring(0, 4);
            default -> throw new IllegalStateException("unknown period type " + type);
        };
    }
}
