package dev.rubric.core.model;

/**
 * Locates a table cell: which table of the document, which row and column, whether it is a
 * header cell, and the header text of its column (a header such as "p99 (ms)" gives the
 * numbers below it their unit).
 */
public record TableCellRef(int table, int row, int column, boolean header, String columnHeader) {
}
