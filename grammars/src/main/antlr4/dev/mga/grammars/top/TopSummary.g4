/*
 * The summary lines procps-ng top prints above its task list in batch mode (top -b), C locale,
 * as its source prints them (procps-ng/procps at cbe5f3fe, src/top/top.c and src/top/top_nls.c;
 * the 3.3 layouts from the v3.3.9 and v3.3.10 tags). Blanks separate tokens and are skipped:
 * top pads its figures to fixed widths (%3u, %#5.1f, %9.9s), and the width is not the syntax.
 *
 *   top - 10:11:12 up 3 days,  2:01,  1 user,  load average: 0.00, 0.01, 0.05
 *     top.c summary_show (7046): LOADAV_line "%s -%s" (top.h 649) with argv[0] and
 *     procps_uptime_sprint; library/uptime.c procps_uptime_snprint (335-383): " %02d:%02d:%02d up ",
 *     then snprint_uptime_only (223-307): "N day(s), " when up a day or more, then "%2d:%02d" or
 *     "N min"; then ", %2d user(s),  " (", ? users,  " when the count is unknown) and
 *     "load average: %.2f, %.2f, %.2f". procps 3.3 (v3.3.9 proc/whattime.c 106-110) prints the same words.
 *   Tasks: 267 total,   2 running, 265 sleeping,   0 stopped,   0 zombie
 *     top.c summary_show (7063): STATE_line_1_fmt (top_nls.c 796), "Threads" in thread mode (505);
 *     4.0.5 and later print "N sleep, N d-sleep" where 3.3 and 4.0.4 printed "N sleeping".
 *   %Cpu(s):  0.3 us,  0.2 sy,  0.0 ni, 99.5 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st
 *     top.c sum_tics (6557-6598): Cpu_States_fmts, STATE_lin2x6_fmt or STATE_lin2x7_fmt (with st;
 *     chosen at top.c 3719-3721; top_nls.c 802, 808), prefix WORD_allcpus_txt "%Cpu(s):" (510),
 *     or "%CpuN :" per cpu ('1') and "%NodeN :" per NUMA node ('2'); in graph mode ('t')
 *     "%#5.1f/%-#5.1f %3.0f[bars]" (6584).
 *   MiB Mem :  24105.6 total,  18524.4 free,   2299.5 used,   3602.4 buff/cache
 *   MiB Swap:      0.0 total,      0.0 free,      0.0 used.  21806.1 avail Mem
 *     top.c do_memory (6808-6917): MEMORY_line1_fmt and MEMORY_line2_fmt (top_nls.c 812-815),
 *     the unit KiB..EiB (-E, AMT_*_txt 489-504), WORD_abv_mem_txt "Mem " and WORD_abv_swp_txt
 *     "Swap"; a figure is "%.0f" (KiB) or "%#.1f", cut to 9 characters with a '+' at the 9th when
 *     it is wider (prT, 6812): CUT, which may end with the point (1000000.+) and touches its label.
 *     In graph mode ('m') a line is "%#5.1f/%-9.9s[bars]" (6870-6898). procps 3.3.9 (v3.3.9
 *     top/top_nls.c 637-639) printed
 *     "total, used, free, buffers" and "total, used, free. N cached Mem"; a zh_CN top labels the
 *     later layout's buff/cache "buffers" and avail Mem "cached"
 *     (fixtures/real-world/memory/gh-lartpang5-top-mem-lines-buffers-cached).
 *
 * Not covered: procps 3.2's "Mem:  16266500k total" and "Cpu(s):  0.3%us" (TopParser still reads
 * them), translations other than that one. TopParser's hand scanner (dev.mga.core.memory.TopSummary)
 * is held to this grammar by TopSummaryGrammarPropertyTest.
 */
grammar TopSummary;

summaryLine : (first | tasks | cpus | memory | swap) EOF ;

first      : TOP DASH TIME UP uptime COMMA users COMMA LOAD AVERAGE COLON load COMMA load COMMA load ;
uptime     : (INT (DAY | DAYS) COMMA)? (HOURS_MINUTES | INT MIN) ;
users      : (INT | QUESTION) (USER | USERS) ;
load       : DECIMAL ;

tasks      : (TASKS | THREADS) COLON count TOTAL COMMA count RUNNING COMMA
             (count SLEEPING | count SLEEP COMMA count D_SLEEP) COMMA count STOPPED COMMA count ZOMBIE ;
count      : INT ;

cpus       : (CPU_ALL | (CPU_N | NODE_N) COLON) (states | graph) ;
states     : state US COMMA state SY COMMA state NI COMMA state ID COMMA state WA COMMA state HI COMMA state SI
             (COMMA state ST)? ;
state      : DECIMAL ;
graph      : DECIMAL SLASH amount INT? BARS ;

memory     : unit MEM COLON (amount TOTAL COMMA usage COMMA amount (BUFF_CACHE | BUFFERS) | graph) ;
swap       : unit SWAP COLON (amount TOTAL COMMA usage DOT amount (AVAIL MEM | CACHED MEM?) | graph) ;
usage      : amount FREE COMMA amount USED | amount USED COMMA amount FREE ;
unit       : KIB | MIB | GIB | TIB | PIB | EIB ;
amount     : INT | DECIMAL | CUT ;

TOP        : 'top' ;
UP         : 'up' ;
DAY        : 'day' ;
DAYS       : 'days' ;
MIN        : 'min' ;
USER       : 'user' ;
USERS      : 'users' ;
LOAD       : 'load' ;
AVERAGE    : 'average' ;
TASKS      : 'Tasks' ;
THREADS    : 'Threads' ;
TOTAL      : 'total' ;
RUNNING    : 'running' ;
SLEEPING   : 'sleeping' ;
SLEEP      : 'sleep' ;
D_SLEEP    : 'd-sleep' ;
STOPPED    : 'stopped' ;
ZOMBIE     : 'zombie' ;
CPU_ALL    : '%Cpu(s):' ;
CPU_N      : '%Cpu' DIGIT+ ;
NODE_N     : '%Node' DIGIT+ ;
US         : 'us' ;
SY         : 'sy' ;
NI         : 'ni' ;
ID         : 'id' ;
WA         : 'wa' ;
HI         : 'hi' ;
SI         : 'si' ;
ST         : 'st' ;
KIB        : 'KiB' ;
MIB        : 'MiB' ;
GIB        : 'GiB' ;
TIB        : 'TiB' ;
PIB        : 'PiB' ;
EIB        : 'EiB' ;
MEM        : 'Mem' ;
SWAP       : 'Swap' ;
FREE       : 'free' ;
USED       : 'used' ;
BUFF_CACHE : 'buff/cache' ;
BUFFERS    : 'buffers' ;
AVAIL      : 'avail' ;
CACHED     : 'cached' ;

TIME          : DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ;
HOURS_MINUTES : DIGIT? DIGIT ':' DIGIT DIGIT ;
INT           : DIGIT+ ;
DECIMAL       : DIGIT+ '.' DIGIT+ ;
CUT           : DIGIT+ ('.' DIGIT*)? '+' ;
BARS          : '[' ~[\]\r\n]* ']' ;
DASH          : '-' ;
COLON         : ':' ;
COMMA         : ',' ;
DOT           : '.' ;
PLUS          : '+' ;
SLASH         : '/' ;
QUESTION      : '?' ;
WORD          : [A-Za-z]+ ;
BLANK         : [ \t\r\n]+ -> skip ;
OTHER         : . ;

fragment DIGIT : [0-9] ;
