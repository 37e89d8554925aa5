package id.kube.seeds.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the template sheets of an XLSX workbook as text records, the way a spreadsheet user sees them: numbers
 * without a decimal part become plain integers ({@code 2500000}, never {@code 2.5E6}), dates become
 * {@code YYYY-MM-DD}, and long digit strings typed as numbers (a NIK) keep every digit.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static Map<id.kube.seeds.template.Sheet, List<CsvFormat.Record>> read(InputStream in, String origin)
            throws TemplateException {
        Map<id.kube.seeds.template.Sheet, List<CsvFormat.Record>> result = new EnumMap<>(id.kube.seeds.template.Sheet.class);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                var template = id.kube.seeds.template.Sheet.byName(sheet.getSheetName().strip());
                if (template.isEmpty()) {
                    continue; // e.g. the "petunjuk" sheet of the template
                }
                List<CsvFormat.Record> records = new ArrayList<>();
                int width = -1;
                for (Row row : sheet) {
                    if (width < 0) {
                        width = Math.max(0, row.getLastCellNum());
                    }
                    List<String> fields = new ArrayList<>(width);
                    boolean blank = true;
                    for (int c = 0; c < width; c++) {
                        String text = text(row.getCell(c));
                        blank &= text.isBlank();
                        fields.add(text);
                    }
                    if (!blank) {
                        records.add(new CsvFormat.Record(row.getRowNum() + 1, fields));
                    }
                }
                result.put(template.get(), records);
            }
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("Berkas " + origin + " bukan buku kerja XLSX yang dapat dibaca: " + e.getMessage(), e);
        }
        return result;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Y" : "T";
            default -> "";
        };
    }
}
