package dev.rubric.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes lint results in one output format. */
interface Reporter {
    void write(List<FileReport> reports, boolean explain, PrintWriter out);
}
