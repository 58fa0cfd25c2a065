/*
 * The RFC 3339 time before the lines of a Kubernetes pod log, and the CRI log format around it:
 *
 *   oc logs --timestamps, must-gather pod logs   2022-05-06T19:59:10.298440123Z text
 *   CRI (/var/log/pods, rotated pod logs)         2022-05-06T19:59:10.298440123Z stdout F text
 *                                                 2020-01-26T03:17:29.346494690+00:00 stderr P text
 *
 * The kubelet writes time.RFC3339Nano (UTC: Z); CRI-O writes the node's offset. In a CRI line the
 * stream is stdout or stderr and the tag F (a full line) or P (a partial line the next one continues),
 * each followed by one blank (kubernetes/kubernetes pkg/kubelet/kuberuntime/logs, the CRI logging
 * proposal). journald's short-iso (+0000, no colon) is JournalPrefix's. The hand scanner
 * (analyzer-core dev.mga.core.parse.PodLogPrefix) is held to this grammar by PodLogGrammarPropertyTest.
 */
parser grammar PodLogPrefixParser;

options { tokenVocab = PodLogPrefixLexer; }

line     : TIME AFTER_TIME (cri | text)? EOF ;
cri      : CRI_TAG MESSAGE? | CRI_TAG_END ;
text     : TEXT_FIRST MESSAGE? ;
