package id.kube.core.export;

public enum ExportFormat {
    CSV,
    XLSX
}
