package dev.mga.core.spi;

/**
 * A wrapper a captured line can arrive in around the text a tool printed. The analyzer recognises
 * these by content, per line, before detection and before every parser; {@link Lines} hands the
 * parser the inner text and says which envelopes it removed ({@link LineEnvelope}).
 */
public enum Envelope {
    /** E-mail or Markdown quoting: {@code > }, nested {@code > > } or {@code >> }. */
    QUOTE,
    /** {@code kubectl logs --prefix}: {@code [pod/<name>/<container>] }. */
    KUBECTL_PREFIX,
    /**
     * journalctl's {@code short}, {@code short-precise}, {@code short-iso}, {@code short-iso-precise} and
     * {@code short-full} output: time, host, identifier and pid; also journalctl's own
     * {@code -- Logs begin at … --} lines (see {@link LineEnvelope#note()}).
     */
    JOURNAL,
    /** The RFC 3339 time of {@code oc logs --timestamps} and must-gather pod logs. */
    TIMESTAMP,
    /** A CRI container log line ({@code /var/log/pods}): RFC 3339 time, stream and {@code F}/{@code P} tag. */
    CRI,
    /** A docker json-file line: {@code {"log":"…\n","stream":"stderr","time":"…"}}. */
    DOCKER_JSON,
    /** A shell prompt and the command typed after it: not content (see {@link LineEnvelope#prompt()}). */
    SHELL_PROMPT,
    /**
     * Markdown bold markers a poster glued to a line's start or end ({@code **HugePages_Total:   53342},
     * {@code Hugepagesize:       2048 kB**}): the text between them is the tool's.
     */
    MARKDOWN,
    /**
     * A note a person added after a {@code Key: value [unit]} line
     * ({@code MemAvailable:   551693760 kB #       << here}, {@code Hugepagesize:    1048576 kB //default_hugepagesz 1G},
     * {@code HugePages_Free:   0   <- why?}): the line is read without it.
     */
    ANNOTATION
}
