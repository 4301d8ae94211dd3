package dev.rubric.core.model;

/** Where a unit of prose came from; rules weigh a table cell differently from a sentence. */
public enum ProseKind {
    SENTENCE,
    LIST_ITEM,
    TABLE_CELL
}
