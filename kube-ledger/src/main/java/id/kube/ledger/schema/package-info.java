/** Schema ledger, migrated through the OwnedSchema SPI. */
@NullMarked
package id.kube.ledger.schema;

import org.jspecify.annotations.NullMarked;
