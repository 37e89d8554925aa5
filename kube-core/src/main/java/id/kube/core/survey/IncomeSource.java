package id.kube.core.survey;

public enum IncomeSource {
    KUBE, FARMING, FISHING, LABOUR, TRADE, WAGES, TRANSFERS, REMITTANCES, OTHER
}
