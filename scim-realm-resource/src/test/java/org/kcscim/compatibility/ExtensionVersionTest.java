package org.kcscim.compatibility;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ExtensionVersionTest {

    private static InputStream properties(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void givenTheBuiltResourceThenTheVersionIsMavensProjectVersion() {
        // Surefire runs on target/classes, where Maven's resource filtering has written the project version
        String version = ExtensionVersion.current();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    }

    @Test
    void givenAFilteredResourceThenItsVersionIsRead() {
        assertEquals("1.2.3", ExtensionVersion.read(properties("# comment\nversion = 1.2.3 \n")));
    }

    @Test
    void givenNoResourceThenTheVersionIsUnknown() {
        assertEquals(ExtensionVersion.UNKNOWN, ExtensionVersion.read(null));
    }

    @Test
    void givenAnUnfilteredOrEmptyResourceThenTheVersionIsUnknown() {
        assertEquals(ExtensionVersion.UNKNOWN, ExtensionVersion.read(properties("version=${project.version}\n")));
        assertEquals(ExtensionVersion.UNKNOWN, ExtensionVersion.read(properties("version=\n")));
        assertEquals(ExtensionVersion.UNKNOWN, ExtensionVersion.read(properties("name=x\n")));
    }

    @Test
    void givenAnUnreadableResourceThenTheVersionIsUnknown() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertEquals(ExtensionVersion.UNKNOWN, ExtensionVersion.read(broken));
    }
}
