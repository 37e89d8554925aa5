/**
 * Household surveys of member families: the baseline (wave 0) and follow-ups, with income and its sources,
 * income from the KUBE business, savings, the access checklist (JKN/KIS, KIP, PKH, electricity, water,
 * sanitation, birth certificates, civil documents, bank account), food security and the welfare register.
 */
@NullMarked
package id.kube.core.survey;

import org.jspecify.annotations.NullMarked;
