/** Chart of accounts: account identity, types, roles the library relies on, the KUBE template, book settings. */
@NullMarked
package id.kube.ledger.account;

import org.jspecify.annotations.NullMarked;
