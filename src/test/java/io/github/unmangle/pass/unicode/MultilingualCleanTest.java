package io.github.unmangle.pass.unicode;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import io.github.unmangle.core.Edit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Correct text in every language ICU knows must come through untouched by the mojibake rule:
 * for each locale, the names of languages and countries and the month and weekday names, written
 * in that locale's own language and script (ICU's CLDR data), in lower case and in capitals, the
 * names between quotes of many kinds.
 */
class MultilingualCleanTest {

    private static final String[][] QUOTES = {{"«", "»"}, {"“", "”"}, {"„", "“"}, {"‘", "’"}, {"", "…"},
            {"‹", "›"}, {"»", "«"}, {"「", "」"}, {"(", ")—"}, {"", "™"}, {"", "°"}, {"", "©"}, {"¡", "!"}, {"", "½"}};

    @Test
    void noMojibakeEditsOnCldrTextInAllLocales() {
        ULocale[] locales = ULocale.getAvailableLocales();
        ULocale[] subjects = {ULocale.ENGLISH, ULocale.FRENCH, ULocale.GERMAN, ULocale.JAPANESE, ULocale.CHINESE,
                new ULocale("ru"), new ULocale("el"), new ULocale("ar"), new ULocale("hi"), new ULocale("vi"),
                new ULocale("pl"), new ULocale("pt_BR"), new ULocale("es"), new ULocale("tr"), new ULocale("is"),
                new ULocale("sv"), new ULocale("nb"), new ULocale("da"), new ULocale("ro"), new ULocale("cs"),
                new ULocale("hu"), new ULocale("he"), new ULocale("ko"), new ULocale("th"), new ULocale("uk")};
        List<String> bad = new ArrayList<>();
        int texts = 0;
        for (ULocale loc : locales) {
            StringBuilder sb = new StringBuilder();
            int q = 0;
            for (ULocale s : subjects) {
                // each name between quotes or before an ellipsis: letters next to punctuation are
                // where real text looks most like mojibake
                String[] quote = QUOTES[q++ % QUOTES.length];
                sb.append(quote[0]).append(s.getDisplayName(loc)).append(quote[1]).append(", ");
                sb.append(new ULocale("und_" + (s.getCountry().isEmpty() ? "FR" : s.getCountry())).getDisplayCountry(loc)).append("; ");
            }
            DateFormatSymbols dfs = new DateFormatSymbols(loc);
            sb.append(String.join(" ", dfs.getMonths())).append(". ").append(String.join(" ", dfs.getWeekdays()));
            String text = sb + "\n" + sb.toString().toUpperCase(loc.toLocale()) + "\n";
            texts++;
            for (Edit e : Golden.clean(text).passes().get(0).edits()) {
                if (e.rule().startsWith("mojibake") || e.rule().equals("casing-slip") || e.rule().equals("line-join")) {
                    bad.add(loc + ": " + e.rule() + " [" + e.before() + "] -> [" + e.after() + "]");
                }
            }
        }
        assertEquals(List.of(), bad, "false repairs in " + texts + " locales");
    }
}
