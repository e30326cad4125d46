/** JSON-P (Jakarta JSON Processing 2.1) entry points shared by the features, looked up once. */
package org.recall.json;
