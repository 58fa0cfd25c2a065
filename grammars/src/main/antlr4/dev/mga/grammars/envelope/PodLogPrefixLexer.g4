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
lexer grammar PodLogPrefixLexer;

TIME     : D D D D '-' D D '-' D D 'T' D D ':' D D ':' D D ('.' D+)? ('Z' | [+\-] D D ':' D D) -> pushMode(AFTER) ;
fragment D : [0-9] ;

mode AFTER;
AFTER_TIME : ' ' -> mode(HEAD) ;

mode HEAD;
// the tag is followed by one blank, or ends the line: "stdout Fx" is text
CRI_TAG     : ('stdout' | 'stderr') ' ' [FP] ' ' -> mode(TEXT) ;
CRI_TAG_END : ('stdout' | 'stderr') ' ' [FP] {_input.LA(1) == EOF}? ;
TEXT_FIRST  : ~[\r\n] -> mode(TEXT) ;

mode TEXT;
MESSAGE    : ~[\r\n]+ ;
