package org.recall.store;

import java.sql.SQLException;

/** The database failed or is unreachable: the request cannot be served now (503), nothing half-done. */
public class StoreException extends RuntimeException {

    public StoreException(SQLException cause) {
        super("The database is not available: " + cause.getMessage(), cause);
    }
}
