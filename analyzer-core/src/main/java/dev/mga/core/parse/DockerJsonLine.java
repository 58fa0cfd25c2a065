package dev.mga.core.parse;

import dev.mga.core.spi.Envelope;

/**
 * A line of docker's json-file log driver, as moby's {@code jsonlog.JSONLogs.MarshalJSONBuf} writes it:
 * {@code {"log":"<text>\n","stream":"stdout|stderr"[,"attrs":{…}],"time":"<RFC3339Nano>"}} with the keys
 * in that order ({@code log} left out when empty). The text is a JSON string: it is decoded (escapes,
 * {@code \\u003c}, surrogate pairs) into the scan's buffer; a text that does not end with {@code \n} is a
 * line docker split (16 KiB), continued by the next. Anything else starting with {@code {} is not this
 * envelope: zap and klog JSON lines stay as they are.
 */
final class DockerJsonLine {

    private DockerJsonLine() {
    }

    /** Recognises and decodes the line at {@code p}: the line's end, or -1. */
    static int scan(EnvelopeScan s, byte[] b, int off, int p, int end) {
        int i;
        int logStart = -1;
        int logEnd = -1;
        if (Ascii.startsWith(b, p, end, "{\"log\":\"")) {
            logStart = p + 8;
            logEnd = stringEnd(b, logStart, end);
            if (logEnd < 0 || !Ascii.startsWith(b, logEnd + 1, end, ",\"stream\":\"")) {
                return -1;
            }
            i = logEnd + 1 + 11;
        } else if (Ascii.startsWith(b, p, end, "{\"stream\":\"")) {
            i = p + 11;
        } else {
            return -1;
        }
        int stream = i;
        if (!Ascii.startsWith(b, i, end, "stdout\"") && !Ascii.startsWith(b, i, end, "stderr\"")) {
            return -1;
        }
        i += 7;
        if (Ascii.startsWith(b, i, end, ",\"attrs\":{")) {
            i = objectEnd(b, i + 9, end);
            if (i < 0) {
                return -1;
            }
        }
        if (!Ascii.startsWith(b, i, end, ",\"time\":\"")) {
            return -1;
        }
        int time = i + 9;
        int t = PodLogPrefix.timeEnd(b, time, end);
        if (t < 0 || !Ascii.startsWith(b, t, end, "\"}") || t + 2 != end) {
            return -1;
        }
        if (logStart >= 0 && !decode(s, b, logStart, logEnd)) {
            return -1;
        }
        s.decoded = true;
        s.streamStart = stream - off;
        s.streamEnd = stream + 6 - off;
        s.timeStart = time - off;
        s.timeEnd = t - off;
        s.add(Envelope.DOCKER_JSON);
        return end;
    }

    /** The closing quote of the JSON string starting at {@code i}, or -1. */
    private static int stringEnd(byte[] b, int i, int end) {
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            i += c == '\\' ? 2 : 1;
        }
        return -1;
    }

    /** The index after the object whose {@code {} is just before {@code i}, strings respected; -1 when unbalanced. */
    private static int objectEnd(byte[] b, int i, int end) {
        int depth = 1;
        while (i < end && depth > 0) {
            byte c = b[i];
            if (c == '"') {
                i = stringEnd(b, i + 1, end);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            i++;
        }
        return depth == 0 ? i : -1;
    }

    /** Decodes the JSON string {@code b[from, to)} into the scan's buffer; false on a bad escape. */
    private static boolean decode(EnvelopeScan s, byte[] b, int from, int to) {
        byte[] out = s.decodedRoom(to - from);
        int n = 0;
        int escapes = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != '\\') {
                out[n++] = c;
                continue;
            }
            escapes++;
            if (++i >= to) {
                return false;
            }
            switch (b[i]) {
                case '"' -> out[n++] = '"';
                case '\\' -> out[n++] = '\\';
                case '/' -> out[n++] = '/';
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 't' -> out[n++] = '\t';
                case 'u' -> {
                    int cp = hex4(b, i + 1, to);
                    if (cp < 0) {
                        return false;
                    }
                    i += 4;
                    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < to && b[i + 1] == '\\' && b[i + 2] == 'u') {
                        int low = hex4(b, i + 3, to);
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    n = utf8(out, n, cp);
                }
                default -> {
                    return false;
                }
            }
        }
        // a complete line ends with "\n" (docker keeps "\r\n" of a CRLF writer): the envelope's, not the text's
        s.partial = n == 0 || out[n - 1] != '\n';
        boolean crlf = false;
        if (!s.partial) {
            n--;
            if (n > 0 && out[n - 1] == '\r') {
                n--;
                crlf = true;
            }
        }
        s.decodedVerbatim = escapes == (s.partial ? 0 : 1) && !crlf;
        s.decodedLength = n;
        return true;
    }

    private static int hex4(byte[] b, int i, int to) {
        if (i + 4 > to) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Writes {@code cp} as UTF-8 (a lone surrogate as U+FFFD); the escapes are longer than their UTF-8, so it fits. */
    private static int utf8(byte[] out, int n, int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }
}
