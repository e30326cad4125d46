/**
 * The activity: one resource link of one platform (LTI 1.3 Core §5.3.5), the deck it serves and the
 * settings its instructor chose. Stored at its first launch, from the Deep Linking custom parameters
 * or from defaults, and changed by instructors later.
 */
package org.recall.activity;
