package org.kcscim.it.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.ClusterNode;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The cluster keeps to the loopback interface: every socket the nodes' processes hold, listening or connected,
 * TCP or UDP, is bound to 127.0.0.1 and talks only to 127.0.0.1. Read from Linux's {@code /proc}: the sockets a
 * process holds are its {@code socket:[inode]} descriptors, and {@code /proc/net/*} gives each inode's addresses.
 */
@ExtendWith(KeycloakClusterExtension.class)
class LoopbackOnlyIT {

    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    @Test
    void everySocketOfBothNodesIsOnTheLoopbackInterface(KeycloakCluster cluster) throws IOException {
        int checked = 0;
        List<String> offending = new ArrayList<>();
        for (ClusterNode node : cluster.nodes()) {
            Set<String> inodes = new HashSet<>();
            for (ProcessHandle process : node.processes()) {
                inodes.addAll(socketInodes(process.pid()));
            }
            for (String table : TABLES) {
                for (String line : Files.readAllLines(Path.of("/proc/net", table))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length < 10 || !inodes.contains(fields[9])) {
                        continue;
                    }
                    checked++;
                    String local = fields[1];
                    String remote = fields[2];
                    boolean unconnected = isUnspecified(remote);
                    if (!isLoopback(local) || !(unconnected || isLoopback(remote))) {
                        offending.add(node.name() + " " + table + " " + local + " -> " + remote);
                    }
                }
            }
        }
        assertTrue(checked > 0, "no sockets found for the nodes' processes");
        assertTrue(offending.isEmpty(), "sockets off the loopback interface: " + offending);
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Path descriptors = Path.of("/proc", Long.toString(pid), "fd");
        if (!Files.isDirectory(descriptors)) {
            return inodes;
        }
        try (Stream<Path> links = Files.list(descriptors)) {
            for (Path link : links.toList()) {
                try {
                    Matcher socket = SOCKET.matcher(Files.readSymbolicLink(link).toString());
                    if (socket.matches()) {
                        inodes.add(socket.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed between listing and reading: nothing to check
                }
            }
        }
        return inodes;
    }

    /** {@code 0100007F:1F90} (IPv4, little-endian hex) or the IPv6 forms of ::1 and ::ffff:127.x.x.x. */
    private static boolean isLoopback(String address) {
        String host = address.substring(0, address.indexOf(':'));
        if (host.length() == 8) {
            return host.endsWith("7F");
        }
        return host.equals("00000000000000000000000001000000")
                || (host.startsWith("0000000000000000FFFF0000") && host.endsWith("7F"));
    }

    private static boolean isUnspecified(String address) {
        return address.substring(0, address.indexOf(':')).chars().allMatch(c -> c == '0');
    }
}
