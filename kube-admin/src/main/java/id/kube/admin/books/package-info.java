/** The group page's books tab: journal with reversals linked, trial balance, cash book, member statement as of a date. */
@NullMarked
package id.kube.admin.books;

import org.jspecify.annotations.NullMarked;
