package org.recall.lti.keys;

import java.util.List;

/** Where the tool's keys live, shared by all instances (JDBC in Recall). {@code save} inserts or updates by kid. */
public interface ToolKeyStore {

    List<ToolKey> all();

    void save(ToolKey key);

    void delete(String kid);
}
