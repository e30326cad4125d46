package org.recall.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void tenBinsOfTenPercentWithOneHundredInTheLastBin() {
        Histogram h = Histogram.of(List.of(0.0, 9.99, 10.0, 55.0, 59.9, 90.0, 100.0, 100.0), 10);
        assertEquals(10, h.bins().size());
        assertEquals(List.of(2, 1, 0, 0, 0, 2, 0, 0, 0, 3), h.bins().stream().map(Histogram.Bin::count).toList());
        assertEquals(new Histogram.Bin(90, 100, 3), h.bins().get(9));
        assertEquals(8, h.total());
    }

    @Test
    void scoresOutsideTheRangeAreClampedAndNoScoresGiveEmptyBins() {
        Histogram h = Histogram.of(List.of(-5.0, 130.0), 5);
        assertEquals(List.of(1, 0, 0, 0, 1), h.bins().stream().map(Histogram.Bin::count).toList());
        assertEquals(0, Histogram.of(List.of(), 10).total());
    }

    @Test
    void binCountsThatDoNotDivideOneHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(List.of(), 3));
    }

    @Test
    void thirdsOfQuestionsLandInTheirBins() {
        // 1 of 3 right = 33.3 %, 2 of 3 = 66.7 %
        Histogram h = Histogram.of(List.of(100.0 / 3, 200.0 / 3), 10);
        assertEquals(1, h.bins().get(3).count());
        assertEquals(1, h.bins().get(6).count());
    }
}
