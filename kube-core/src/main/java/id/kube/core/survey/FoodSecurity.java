package id.kube.core.survey;

/** Household food security (FIES-style severity). */
public enum FoodSecurity {
    SECURE, MILD, MODERATE, SEVERE
}
