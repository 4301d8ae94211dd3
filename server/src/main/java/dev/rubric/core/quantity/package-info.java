/**
 * Reading the numbers of a design document: {@link dev.rubric.core.quantity.QuantityParser#find} turns prose
 * such as "50M DAU × 20 req/day ≈ 11.6k QPS" into {@link dev.rubric.core.quantity.Quantity} values with a
 * {@link dev.rubric.core.quantity.Dimension} and base-unit values; {@link dev.rubric.core.quantity.QuantityFormat}
 * renders base values back for hints.
 *
 * <h2>Structure</h2>
 * <ul>
 *   <li>{@code QuantityScanner}: the single left-to-right pass; figures, ranges, percentiles, output.</li>
 *   <li>{@code NumberContext}: what precedes a number (currency, "~", "about", label words, years).</li>
 *   <li>{@code NumberScanner}: one numeric literal, with exact decimal scaling; {@code ScaleReader}: "k",
 *       "M", "million" after it.</li>
 *   <li>{@code UnitMatcher}: the unit after a number, including rates built from a noun and a time.</li>
 *   <li>{@code PerReader}: what a quantity is per ("/month", "per 1M queries").</li>
 *   <li>{@code UnitTable} / {@code Unit}: every spelling, scale and context word.</li>
 *   <li>{@code Chars}, {@code RegionKey}: bounded character scans and allocation-free table lookups.</li>
 * </ul>
 *
 * <h2>Decisions on ambiguous spellings</h2>
 * <ul>
 *   <li><b>Bare numbers</b> are never quantities, even with a scale ("12k", "1.2 million"): a unit, a
 *       currency or a counted noun is required.</li>
 *   <li><b>"m"</b>: glued to a number and followed by a noun, rate or after a currency it is millions
 *       ("5m users", "$5m"); glued and alone it is minutes ("TTL 30m"); spaced ("5 m") it is skipped (metres?).
 *       In a rate denominator it is a minute ("req/m").</li>
 *   <li><b>"B"</b>: billions before a noun or rate ("2B DAU", "2 B DAU", "1B events/day") or after a currency
 *       ("$2B"); bytes only in "B/s"; alone ("2 B", "512B") it is skipped. "byte(s)" is always bytes. A
 *       lower-case "b" is never a unit or scale.</li>
 *   <li><b>Billions before "model"/"LLM"</b> ("a 70B model") count parameters; the figure is "70B".</li>
 *   <li><b>"s"</b> is seconds only right after a number ("10s", "10 s"), not before "of" ("100s of users") and
 *       not after a round year ("1990s"). "the 80s" is read as 80 seconds.</li>
 *   <li><b>Bits and bytes</b>: "KB/MB/GB" are decimal, "KiB/MiB/GiB" binary; "Kb/Mb/Gb" are bits (SI);
 *       all-lower-case "kb/mb/gb" are bytes, because that is what people mean when they type them.</li>
 *   <li><b>Months and years</b> are 30 and 365 days, the usual back-of-envelope convention.</li>
 *   <li><b>"x"</b> is a ratio only when glued to the number ("3x"); "3 x 4" and "1920x1080" are not. "8x H100"
 *       and "4× GPUs" count hardware.</li>
 *   <li><b>Comparators</b> ("&lt;", "under", "up to", ...) are not part of the quantity and not recorded.</li>
 *   <li><b>Approximation</b>: "~" and "≈" are inside the quantity's span, words ("about", "roughly", "on the
 *       order of") only set {@code approximate}.</li>
 *   <li><b>Ranges</b> need both ends in the same dimension and in increasing order ("from 300 ms to 150 ms" is
 *       two quantities); "and" makes a range only after "between". A scale on the upper end only applies to the
 *       lower end when the lower digits are smaller ("1–2M" is 1M–2M). Ends in different units ("10 GB to
 *       1 TB") are reported in the upper end's unit.</li>
 *   <li><b>Money</b>: "$" is USD; "€", "£", "EUR", "GBP" keep their code as unit and their amount as base
 *       value (no exchange rates). "cents" and "¢" are hundredths of a dollar. Money "per" a time stays money
 *       with {@code per} = "month"; it is not a rate.</li>
 *   <li><b>{@code per}</b> is filled for any dimension when written ("100 GB per node", "20 req/day per user"),
 *       not only money and counts; a noun or size per time becomes a rate instead.</li>
 *   <li><b>Counted nouns</b> come from a fixed list (users, DAU, shards, GPUs, ...); unknown nouns make no
 *       quantity. One qualifier word may come between ("3 read replicas", "8 H100 GPUs"); a singular noun may
 *       qualify a plural one ("20 GPU nodes" counts nodes) but not a singular one ("3 node cluster" counts
 *       nodes). A decimal before a singular noun is a version ("k8s 1.29 cluster").</li>
 *   <li><b>Identifiers and labels</b>: a number glued to letters, hyphens, dots or slashes of a word ("H100",
 *       "gpt-4", "m5.xlarge", "24/7"), after ":" or "," of another number ("10:30", "1,5"), after "§" or "#",
 *       after a label word ("top 10", "Section 3", "Python 3.11"), or a year after "in"/"since"/"Q3"/a month is
 *       not a quantity. Percentile codes need two digits ("p50"; "P0", "P1" are priorities).</li>
 *   <li><b>Digit grouping</b>: "," and "_" group thousands; spaces group only when they are no-break or thin
 *       spaces ("1 000 000" with U+00A0), since plain spaces separate numbers in prose.</li>
 * </ul>
 */
package dev.rubric.core.quantity;
