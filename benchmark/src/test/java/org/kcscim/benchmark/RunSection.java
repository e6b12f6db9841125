package org.kcscim.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's tables for one run: per size its seeding, reads, writes, workloads and attribute mapping change;
 * then the bad-key flood.
 */
final class RunSection {

    private final Results.Run run;
    private final StringBuilder out;

    RunSection(Results.Run run, StringBuilder out) {
        this.run = run;
        this.out = out;
    }

    void write() {
        out.append("## ").append(run.title()).append("\n\n");
        if (run.method().builtinUnavailable() != null) {
            out.append("Built-in SCIM API not measured: ").append(run.method().builtinUnavailable()).append(".\n\n");
        }
        for (Results.Size size : run.sizes()) {
            out.append(String.format(Locale.ROOT, "### %s, %,d users%n%n", run.title(), size.users()));
            seeding(size);
            reads(size);
            writes(size.writes());
            workloads(size);
            mappingChange(size.mappingChange());
        }
        if (run.flood() != null) {
            flood(run.flood());
        }
    }

    private void seeding(Results.Size size) {
        out.append("| Entra-style initial cycle | users | requests | time | requests/s |\n|---|---:|---:|---:|---:|\n");
        workloadRow("this segment (by " + run.method().clients() + " clients)", size.entraSegment());
        workloadRow("all users so far (sum of segments)", size.entraTotal());
        out.append('\n');
    }

    private void workloadRow(String label, Results.Workload workload) {
        if (workload == null) {
            return;
        }
        Double rate = workload.requestsPerSecond();
        out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f s | %s |%n", label + note(workload.note()),
                workload.users(), workload.requests(), workload.seconds(), rate == null ? "-" : format(rate, 0)));
    }

    private void reads(Results.Size size) {
        if (size.reads().isEmpty()) {
            return;
        }
        out.append("| read | ours median | ours p95 | built-in median | built-in p95 | admin page median"
                + " | admin page+count median | admin reference p95 | ours / admin reference | built-in / admin reference"
                + " | matches ours / built-in / admin reference |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> notes = new ArrayList<>();
        for (Results.Read read : size.reads()) {
            Map<String, Results.Cell> cells = read.cells();
            Results.Cell ours = cells.get(Api.OURS.key());
            Results.Cell builtin = cells.get(Api.BUILTIN.key());
            Results.Cell reference = read.reference() == null ? null : cells.get(read.reference());
            Double referenceMedian = reference == null ? null : reference.median();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s |%n",
                    read.label(),
                    median(ours), p95(ours), median(builtin), p95(builtin),
                    median(cells.get("admin")), median(cells.get("admin+count")),
                    reference == null ? "-" : p95(reference),
                    ratio(ours, referenceMedian), ratio(builtin, referenceMedian),
                    matches(ours), matches(builtin), matches(reference)));
            for (Map.Entry<String, Results.Cell> cell : cells.entrySet()) {
                Integer matched = cell.getValue().matches();
                boolean comparable = !cell.getKey().equals("admin") || read.reference() == null
                        || read.reference().equals("admin");
                if (comparable && ours != null && ours.matches() != null && matched != null
                        && !matched.equals(ours.matches())) {
                    notes.add(String.format(Locale.ROOT, "%s, %s: matches %,d where ours matches %,d", read.label(),
                            cell.getKey(), matched, ours.matches()));
                }
                if (cell.getValue().note() != null || cell.getValue().capped()) {
                    notes.add(read.label() + ", " + cell.getKey() + ": "
                            + (cell.getValue().note() == null ? "" : cell.getValue().note())
                            + (cell.getValue().capped() ? " (cut short: " + cell.getValue().samples() + " samples)" : ""));
                }
            }
        }
        notesList(notes);
    }

    private void writes(Results.Writes writes) {
        if (writes == null) {
            return;
        }
        out.append("| create users (scratch realm) | users | clients | time | users/s | / admin |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        Double adminRate = writes.creates().stream().filter(t -> t.api().equals(Api.ADMIN.key())).findFirst()
                .map(Results.Throughput::perSecond).orElse(null);
        for (Results.Throughput creates : writes.creates()) {
            Double rate = creates.perSecond();
            out.append(String.format(Locale.ROOT, "| %s%s | %,d | %d | %.1f s | %s | %s |%n", creates.api(),
                    note(creates.note()), creates.users(), creates.clients(), creates.seconds(),
                    rate == null ? "-" : format(rate, 0), rate == null || adminRate == null ? "-" : format(rate / adminRate, 2)));
        }
        out.append('\n');
        Map<String, Results.Cell> cells = writes.cells();
        out.append("| group operation | median | p95 | samples | members in the answer |\n|---|---:|---:|---:|---:|\n");
        groupRow("ours: PATCH add 1 member, group of " + writes.smallGroup(), cells.get("patch-small"));
        groupRow(String.format(Locale.ROOT, "ours: PATCH add 1 member, group of %,d", writes.bigGroup()),
                cells.get("patch-big"));
        groupRow("admin: PUT membership, group of " + writes.smallGroup(), cells.get("admin-small"));
        groupRow(String.format(Locale.ROOT, "admin: PUT membership, group of %,d", writes.bigGroup()),
                cells.get("admin-big"));
        groupRow(String.format(Locale.ROOT, "ours: GET group of %,d", writes.bigGroup()), cells.get("get-big"));
        groupRow(String.format(Locale.ROOT, "ours: GET group of %,d, excludedAttributes=members", writes.bigGroup()),
                cells.get("get-big-excluded"));
        groupRow("ours: GET group without members", cells.get("get-empty"));
        out.append(String.format(Locale.ROOT, "%nAdding a member to the big group costs **%s** times adding one to the"
                        + " small group through ours (admin API: %s); the GET without members costs %s times the GET of"
                        + " an empty group.%n%n",
                ratio(cells.get("patch-big"), medianOf(cells.get("patch-small"))),
                ratio(cells.get("admin-big"), medianOf(cells.get("admin-small"))),
                ratio(cells.get("get-big-excluded"), medianOf(cells.get("get-empty")))));
    }

    private void groupRow(String label, Results.Cell cell) {
        if (cell == null) {
            return;
        }
        out.append(String.format(Locale.ROOT, "| %s%s | %s | %s | %d | %s |%n", label, note(cell.note()), median(cell),
                p95(cell), cell.samples(), matches(cell)));
    }

    private void workloads(Results.Size size) {
        if (size.oktaImport() == null) {
            return;
        }
        out.append("| import of all users | users | requests | time | requests/s |\n|---|---:|---:|---:|---:|\n");
        workloadRow("ours: Okta-style, startIndex/count=100", size.oktaImport());
        workloadRow("admin API: first/max=100", size.adminImport());
        out.append('\n');
        Results.Heap heap = size.heap();
        if (heap != null) {
            out.append(String.format(Locale.ROOT, "Keycloak heap after a full GC: %s before the import, %s after%s.%n%n",
                    mebibytes(heap.beforeBytes()), mebibytes(heap.afterBytes()), heap.note() == null ? ""
                            : " (" + heap.note() + ")"));
        }
    }

    private void mappingChange(Results.MappingChange change) {
        if (change == null) {
            return;
        }
        out.append("| Attribute mapping change (admin PUT of the configuration) | users | time | users/s |\n");
        out.append("|---|---:|---:|---:|\n");
        mappingPutRow("map " + String.join(", ", change.mappings()) + " (values move into the user profile)",
                change.map());
        mappingPutRow("remove the mappings (values move back)", change.unmap());
        out.append(String.format(Locale.ROOT, "%nAfter each, %d users read back through ours and the admin API.%n%n",
                change.checkedUsers()));
    }

    private void mappingPutRow(String label, Results.MappingPut put) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %s ms | %s |%n", label, put.users(), format(put.millis(), 0),
                format(put.usersPerSecond(), 0)));
    }

    private void flood(Results.Flood flood) {
        out.append("### ").append(run.database()).append(", bad-key flood\n\n");
        out.append("| lookup by userName from 127.0.0.1 | median ms | p95 ms | samples |\n|---|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| alone | %s | %s | %d |%n", median(flood.alone()), p95(flood.alone()),
                flood.alone().samples()));
        out.append(String.format(Locale.ROOT, "| during %,d bad-key requests from %s (%d connections) | %s | %s | %d |%n",
                flood.requests(), flood.source(), flood.connections(), median(flood.during()), p95(flood.during()),
                flood.during().samples()));
        out.append(String.format(Locale.ROOT, "| **during / alone** | **%s** | | |%n",
                ratio(flood.during(), flood.alone().median())));
        out.append(String.format(Locale.ROOT, "%nThe flood's answers (status: count): %s in %.1f s. Goal: a median ratio"
                        + " of at most %.1f: %s.%n%n", flood.statuses(), flood.seconds(), FloodBenchmark.SLOWDOWN_ALLOWED,
                FloodBenchmark.withinAllowance(flood) ? "within" : "**exceeded**"));
    }

    private void notesList(List<String> notes) {
        out.append('\n');
        if (!notes.isEmpty()) {
            out.append("Notes:\n\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
    }

    private static String median(Results.Cell cell) {
        return cell == null || cell.median() == null ? "-" : format(cell.median(), 1);
    }

    private static Double medianOf(Results.Cell cell) {
        return cell == null ? null : cell.median();
    }

    private static String p95(Results.Cell cell) {
        return cell == null || cell.p95() == null ? "-" : format(cell.p95(), 1);
    }

    private static String ratio(Results.Cell cell, Double denominator) {
        Double value = Stats.ratio(medianOf(cell), denominator);
        return value == null ? "-" : format(value, 2);
    }

    private static String matches(Results.Cell cell) {
        return cell == null || cell.matches() == null ? "-" : String.format(Locale.ROOT, "%,d", cell.matches());
    }

    private static String note(String note) {
        return note == null ? "" : " (" + note + ")";
    }

    private static String mebibytes(Long bytes) {
        return bytes == null ? "?" : format(bytes / (1024.0 * 1024), 0) + " MiB";
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
