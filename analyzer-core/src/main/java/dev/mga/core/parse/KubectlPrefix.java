package dev.mga.core.parse;

/**
 * The prefix {@code kubectl logs --prefix} (and {@code oc logs --prefix}) puts before every line:
 * {@code [pod/<name>/<container>] }, the only form kubectl has printed since the flag came in
 * (kubectl 1.17; {@code fmt.Sprintf("[pod/%s/%s] ", ref.Name, containerName)} in
 * staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go, unchanged to date). The name is a DNS subdomain,
 * the container a DNS label (empty when kubectl could not tell it).
 */
final class KubectlPrefix {

    private KubectlPrefix() {
    }

    /** The index after the prefix (and its blank) starting at {@code p}, or -1. */
    static int at(byte[] b, int p, int end) {
        if (!Ascii.startsWith(b, p, end, "[pod/")) {
            return -1;
        }
        int slash = podEnd(b, p, end);
        if (slash < 0 || slash == p + 5) {
            return -1;
        }
        int i = slash + 1;
        while (i < end && label(b[i])) {
            i++;
        }
        if (i >= end || b[i] != ']') {
            return -1;
        }
        i++;
        if (i == end) {
            return i;
        }
        return b[i] == ' ' ? i + 1 : -1;
    }

    /** The slash that ends the pod name, or -1. */
    static int podEnd(byte[] b, int p, int end) {
        int i = p + 5;
        while (i < end && (label(b[i]) || b[i] == '.')) {
            i++;
        }
        return i < end && b[i] == '/' ? i : -1;
    }

    private static boolean label(byte c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }
}
