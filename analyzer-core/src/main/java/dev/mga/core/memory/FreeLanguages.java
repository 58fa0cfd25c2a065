package dev.mga.core.memory;

import java.util.List;
import java.util.Map;

/**
 * free's header and row labels in the languages procps-ng translates them to, read back to the
 * English names the model keeps ({@code available}, {@code Mem}, …). free prints its header as one
 * translated line and its row labels as translated words, so a French, German or Korean session
 * pastes {@code gesamt benutzt frei …} and {@code Speicher:}; read as English, its columns meant
 * nothing to the rules, which then had nothing to judge. The table holds the translations of
 * procps-ng 4.0.2 (Debian 12's {@code procps} package, {@code /usr/share/locale/<lang>/LC_MESSAGES/procps-ng.mo}):
 * the default header, the {@code -w} header and the {@code Mem: Swap: Low: High: Total: Comm:}
 * labels; {@code fixtures/memory/procps-locales} holds free's real output in each of them.
 */
final class FreeLanguages {

    private FreeLanguages() {
    }

    private static final List<String> DEFAULT = List.of("total", "used", "free", "shared", "buff/cache", "available");
    private static final List<String> WIDE = List.of("total", "used", "free", "shared", "buffers", "cache", "available");

    /** A translated header, its words joined by one blank, to the English columns (language in the comment). */
    private static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("gesamt benutzt frei gemns. Puffer/Cache verfügbar", DEFAULT), // de
            Map.entry("gesamt benutzt frei gemeins. Puffer Cache verfügbar", WIDE), // de
            Map.entry("total usado libre compartido búf/caché disponible", DEFAULT), // es
            Map.entry("total usado libre compartido búferes caché disponible", WIDE), // es
            Map.entry("total utilisé libre partagé tamp/cache disponible", DEFAULT), // fr
            Map.entry("total utilisé libre partagé tampons cache disponible", WIDE), // fr
            Map.entry("სულl გამოყ თავის გაზიარ ბუფ/ქეში ხელმისაწვდომი", DEFAULT), // ka
            Map.entry("სულl გამოყენებული თავისუფალი გაზიარებული ბუფერი ქეში ხელმისაწვდომი", WIDE), // ka
            Map.entry("총계 사용 여분 공유 버퍼/캐시 가용", DEFAULT), // ko
            Map.entry("총계 사용 여분 공유 버퍼 캐시 가용", WIDE), // ko
            Map.entry("razem użyte wolne dzielone buf/cache dostępne", DEFAULT), // pl
            Map.entry("razem użyte wolne dzielone bufory w cache dostępne", WIDE), // pl
            Map.entry("total usada livre compart. buff/cache disponível", DEFAULT), // pt_BR
            Map.entry("total usada livre compart. buffers cache disponível", WIDE), // pt_BR
            Map.entry("total utilizată liberă partajată buff/cache disponibilă", DEFAULT), // ro
            Map.entry("total utilizată liberă partajată buffers cache disponibilă", WIDE), // ro
            Map.entry("totalt använt fritt delat buff/cache tillgängl.", DEFAULT), // sv
            Map.entry("totalt använt fritt delat buffertar cache tillgängl.", WIDE), // sv
            Map.entry("загалом використ. вільна спільна буфери/кеш дост.", DEFAULT), // uk
            Map.entry("загалом використ. вільна спільна буфери кеш дост.", WIDE)); // uk

    /** A translated row label (without its colon, blanks as one) to the English one. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Speicher", "Mem"), // de
            Map.entry("Niedrig", "Low"), // de
            Map.entry("Hoch", "High"), // de
            Map.entry("Gesamt", "Total"), // de
            Map.entry("Inter", "Swap"), // es
            Map.entry("Baja", "Low"), // es
            Map.entry("Alta", "High"), // es pt_BR
            Map.entry("Échange", "Swap"), // fr
            Map.entry("Basse", "Low"), // fr
            Map.entry("Haute", "High"), // fr
            Map.entry("Dédié", "Comm"), // fr
            Map.entry("მეხს", "Mem"), // ka
            Map.entry("სვაპი", "Swap"), // ka
            Map.entry("დაბალი", "Low"), // ka
            Map.entry("მაღალი", "High"), // ka
            Map.entry("ჯამი", "Total"), // ka
            Map.entry("ბრძანება", "Comm"), // ka
            Map.entry("메모리", "Mem"), // ko
            Map.entry("스 왑", "Swap"), // ko
            Map.entry("하 위", "Low"), // ko
            Map.entry("상 위", "High"), // ko
            Map.entry("총 계", "Total"), // ko
            Map.entry("커 밋", "Comm"), // ko
            Map.entry("Pamięć", "Mem"), // pl
            Map.entry("Wymiana", "Swap"), // pl
            Map.entry("Niska", "Low"), // pl
            Map.entry("Wysoka", "High"), // pl
            Map.entry("Razem", "Total"), // pl
            Map.entry("Zajęta", "Comm"), // pl
            Map.entry("Mem.", "Mem"), // pt_BR
            Map.entry("Baixa", "Low"), // pt_BR
            Map.entry("Com.", "Comm"), // ro
            Map.entry("Minne", "Mem"), // sv
            Map.entry("Växl.", "Swap"), // sv
            Map.entry("Lågt", "Low"), // sv
            Map.entry("Högt", "High"), // sv
            Map.entry("Totalt", "Total"), // sv
            Map.entry("Til.", "Comm"), // sv
            Map.entry("Пам.", "Mem"), // uk
            Map.entry("Своп.", "Swap"), // uk
            Map.entry("Нижня", "Low"), // uk
            Map.entry("Верхня", "High"), // uk
            Map.entry("Загалом", "Total"), // uk
            Map.entry("BNhớ", "Mem"), // vi
            Map.entry("Tráo đổi", "Swap"), // vi
            Map.entry("Thấp", "Low"), // vi
            Map.entry("Cao", "High"), // vi
            Map.entry("Tổng", "Total"), // vi
            Map.entry("内存", "Mem"), // zh_CN
            Map.entry("交换", "Swap"), // zh_CN
            Map.entry("低", "Low"), // zh_CN
            Map.entry("高", "High"), // zh_CN
            Map.entry("总量", "Total")); // zh_CN

    /** The English columns of a translated header line, or null when it is no translation procps-ng ships. */
    static List<String> columns(String header) {
        return HEADERS.get(String.join(" ", dev.mga.core.parse.Words.split(header.strip())));
    }

    /** Where a row's label ends: its colon, or the fullwidth colon of the Chinese labels ({@code 内存：}); -1 when it has none. */
    static int labelEnd(String row) {
        int colon = row.indexOf(':');
        int wide = row.indexOf('\uFF1A');
        return colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
    }

    /** The English name of a row label ({@code Speicher} → {@code Mem}); an English or unknown label as it is. */
    static String label(String label) {
        String t = String.join(" ", dev.mga.core.parse.Words.split(label.strip()));
        return LABELS.getOrDefault(t, t);
    }
}
