package org.kcscim.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a run measured on, as the report states it: read from /proc where there is one. */
final class MachineInfo {

    private MachineInfo() {
    }

    static Results.Machine current() {
        return new Results.Machine(
                Runtime.getRuntime().availableProcessors(),
                procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                procValue("/proc/meminfo", "MemTotal").map(MachineInfo::kibibytes).orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    private static Optional<String> procValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    /** "24576000 kB" to bytes. */
    private static long kibibytes(String value) {
        return Long.parseLong(value.replaceAll("[^0-9]", "")) * 1024;
    }
}
