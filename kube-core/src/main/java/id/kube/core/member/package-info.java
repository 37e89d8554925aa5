/** Members of a group and the family (KK) and person (NIK) behind them. */
@NullMarked
package id.kube.core.member;

import org.jspecify.annotations.NullMarked;
