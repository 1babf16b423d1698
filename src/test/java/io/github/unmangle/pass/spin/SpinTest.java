package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.core.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpinTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final SpinPassFactory FACTORY = new SpinPassFactory();
    /**
     * Most tests here weigh one sentence: a place's own evidence. The document gate, which reads the text's share of
     * odd words with 50 words of an unspun text's share counted in, holds every restoration of a one-sentence text
     * (a short text's few odd words are no evidence of a spinner); so these run without it ({@code doc-gate} 0), and
     * the gate is tested on its own ({@link #gated}, the default options).
     */
    private static final Map<String, String> NO_GATE = Map.of("doc-gate", "0");
    private static final Pipeline SPIN = Pipeline.build(PassRegistry.load(), List.of("spin"), Map.of("spin", NO_GATE), Map.of());

    private static PassResult pass(String text) {
        return FACTORY.create(new PassOptions("spin", FACTORY.options(), NO_GATE)).apply(PassInput.of("t", text));
    }

    /**
     * {@link #pass} without the parts of speech ({@code pos} false): for tests of a later round's mechanics whose
     * examples the parts of speech now settle in the first round ("yous seat draw": "seat" read as "can" at once); without
     * the decision model too, which may restore what the parts of speech alone would have ("go through" as "feel").
     */
    private static PassResult withoutPos(String text) {
        return FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0", "pos", "false", SpinPassFactory.DECISION_MODEL, "off")))
                .apply(PassInput.of("t", text));
    }

    /**
     * {@link #pass} without the decision model ({@code decision-model} off): for tests of what a rule leaves unsure, which
     * the model, weighing the places left so, may restore (DecisionModelTest tests it).
     */
    private static PassResult withoutModel(String text) {
        return FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0", SpinPassFactory.DECISION_MODEL, "off")))
                .apply(PassInput.of("t", text));
    }

    /** The pass with its default options but the other spinners' decision model (off): a thesaurus rule's own restorations. */
    private static PassResult gatedWithoutOtherModel(String text) {
        return FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of(SpinPassFactory.OTHER_MODEL, "off"))).apply(PassInput.of("t", text));
    }

    /** The pass with its default options (the document gate on). */
    private static PassResult gated(String text) {
        return FACTORY.create(PassOptions.defaults(FACTORY)).apply(PassInput.of("t", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It extends its services to U.Due south agencies.|It extends its services to U.S agencies.",
            "They are used by the U.Southward government.|They are used by the U.S government.",
            "The employees of the east-commerce giant wrote.|The employees of the e-commerce giant wrote.",
            "It is used for U.S constabulary enforcement.|It is used for U.S law enforcement.",
            "Our lives would be worse if nosotros outlawed it.|Our lives would be worse if we outlawed it.",
            "Yous can read the complete letter here.|You can read the complete letter here.",
            "It is the latest company to take been criticised for it.|It is the latest company to have been criticised for it.",
            // ... and with adverbs between: only a form of "have" stands before them and "been"
            "The owners take also been criticised for it.|The owners have also been criticised for it.",
            "The owners take not recently been criticised for it.|The owners have not recently been criticised for it.",
            // a contraction's ending swapped: the spinner split the token at the apostrophe
            "It'sulphur a good idea to start early.|It's a good idea to start early.",
            "We don'metric weight unit know where it went.|We don't know where it went.",
            // where the spun form stands for several endings, the one likelier with the next word
            "We don'alphabetic character know where it went.|We don't know where it went.",
            // ... and the possessive's, which any word takes
            "Alibaba’sulphur new model is fast.|Alibaba’s new model is fast.",
            // the pronoun "I" is capitalised everywhere, and so are its spun forms
            "In this series, Iodin will share what worked for me.|In this series, I will share what worked for me.",
            "That is why Unity think it worked so well.|That is why I think it worked so well.",
            "In this series, we show what 1 did last year.|In this series, we show what I did last year.",
            "Chapter 1 shows that 1 in 5 people read page 1 first.|Chapter 1 shows that 1 in 5 people read page 1 first.",
            // a phrase before a contraction's ending
            "If you lot're ready, start now.|If you're ready, start now.",
            // forms the word tokens cannot spell: an apostrophe, a period, a hyphen
            "The gap 'tween the two towers is small.|The gap between the two towers is small.",
            "She lives ind. a small town by the sea.|She lives in a small town by the sea.",
            "It is fat-soluble vitamin great way to learn.|It is a great way to learn.",
            // a phrase with a number, all lowercase inside a sentence: no date, name or figure
            "The cat sat atomic number 49 the box.|The cat sat in the box.",
            // the same swap made with confidence elsewhere: "available along this site" fits its neighbours, and is weighed
            // because "rely more along" and "depends along" are clear; "along the way" stays
            "As clients rely more along this data, the team depends along it. The materials available along this site are free, along the way."
                    + "|As clients rely more on this data, the team depends on it. The materials available on this site are free, along the way.",
            "It offers life and non‑life products, and non‑profit help.|It offers life and non‑life products, and non‑profit help.",
            // a compound's part, on its own evidence (the word outside the compound)
            "These skills translate into long-terminal figure career opportunities.|These skills translate into long-term career opportunities.",
            "Silverback is an award-fetching performance marketing agency.|Silverback is an award-winning performance marketing agency.",
            // a phrase ending in "than" where English never leaves it: before a sentence's end, or another "than"
            "Visit our site and read the full guide to learn more than.|Visit our site and read the full guide to learn more.",
            "The course covers SEO, ads, email and more than!|The course covers SEO, ads, email and more!",
            "We sold more than than 20 units this year.|We sold more than 20 units this year.",
            // the first of a title's capitalised words inside a sentence, on its own evidence
            "Many marketers now run Mixer Media Campaigns on Facebook and Instagram.|Many marketers now run Social Media Campaigns on Facebook and Instagram.",
            // ... or the compound English writes that the original makes, of one it does not write (compounds.txt)
            "The course offers men-on training with real equipment.|The course offers hands-on training with real equipment.",
            "Our team builds along-premises and cloud systems for banks.|Our team builds on-premises and cloud systems for banks.",
            "She bought a single-utilisation plastic bottle at the store.|She bought a single-use plastic bottle at the store.",
            "The firm offers ego-service kiosks at each branch.|The firm offers self-service kiosks at each branch.",
            // swaps side by side: the second is clear only once the first is restored
            "Graph paper pads are great for this; yous seat draw the plan view.|Graph paper pads are great for this; you can draw the plan view.",
            "Pilates studios are opening up in holocene epoch geezerhood.|Pilates studios are opening up in recent years.",
            "It can help demonstrate your expertness indium this field to employers.|It can help demonstrate your expertise in this field to employers.",
            // a place WordNet reads as odd is weighed without the thesaurus's originals: its "required" does not make "critical" unclear
            "In our view, this is enormously important and is decisive for our choice of the Top 10 language learning apps in 2025."
                    + "|In our view, this is enormously important and is critical for our choice of the Top 10 language learning apps in 2025."})
    void restoresSpunWords(String spun, String original) {
        assertEquals(original, SPIN.clean("t", spun).text());
    }

    @Test
    void everyEditSaysWhatAndWhy() {
        PassResult r = pass("Our lives would be worse if nosotros outlawed it.");
        Edit e = r.edits().get(0);
        assertEquals("spun-word", e.rule());
        assertEquals("nosotros", e.before());
        assertEquals("we", e.after());
        assertTrue(e.reason().contains("more likely"), e.reason());
        assertTrue(r.metrics().get("spin-score") > 0);
    }

    /** Human seeds and clean articles: not a single edit, and a spin score of zero. */
    @ParameterizedTest
    @ValueSource(strings = {"seeds/003_799d455aee1ffd1b.txt", "seeds/004_c6b125c8e7c9c984.txt",
            "testdata/boilerplate/clean/wcxb_dev_0226.txt", "testdata/boilerplate/clean/wcxb_dev_0234.txt",
            "testdata/boilerplate/clean/wcxb_dev_0240.txt"})
    void cleanTextGetsNoEdit(String file) throws Exception {
        PassResult r = pass(Files.readString(ROOT.resolve(file)));
        assertEquals(List.of(), r.edits());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The United States of America signed the treaty.",
            // "than" before a comma may go on after an aside: a writer's
            "It costs more than, say, ten dollars a month.",
            "She walked past the station and took the train.",
            "Tensions in the east-west corridor rose; a single-family home sold.",
            "We sent an e-mail about the x-ray results.",
            "The company, considering the cost, chose not to bid.",
            "Having been there, she had been told what to take.",
            "Vitamin A is a fat-soluble vitamin stored in the liver.",
            "The U.S. and the W.H.O. agreed on a plan on March 17 in Geneva.",
            "O'Brien's rock'n'roll band plays at 8 o'clock, and it's sold out."})
    void realEnglishWithSpinnerLookalikesIsLeftAlone(String text) {
        assertEquals(text, SPIN.clean("t", text).text());
    }

    @Test
    void spunSeedGetsCloserToItsOriginalAndNoRestoredWordIsWrongThere() throws Exception {
        String spun = String.join("\n", Files.readAllLines(ROOT.resolve("seeds/001_6f7d6fc794569498.txt")).subList(0, 10)) + "\n";
        String original = Files.readString(ROOT.resolve("testdata/spin/001-original.txt"));
        PassResult r = pass(spun);
        assertTrue(r.edits().size() >= 5, r.edits().toString());
        int wrong = 0;
        for (Edit e : r.edits()) {
            // the restored text must appear in the original at the same line
            int line = (int) spun.substring(0, e.start()).chars().filter(c -> c == '\n').count();
            if (!original.lines().toList().get(line).contains(e.after())) {
                wrong++;
            }
        }
        assertTrue(wrong <= 1, "restorations not in the original: " + wrong + " of " + r.edits());
    }

    @Test
    void anOriginalTheTextUsesElsewhereStandsForASpunPhraseToo() throws Exception {
        // the document's counts weigh a spun phrase's original as they weigh a word's: seed 001 writes "ICE" above and below
        // "powers Water ice"; without those, "ice" and "frost" fit about equally and the phrase is left alone
        String spun = String.join("\n", Files.readAllLines(ROOT.resolve("seeds/001_6f7d6fc794569498.txt")).subList(0, 10)) + "\n";
        assertTrue(spun.contains("(ICE)") && spun.contains("powers Water ice"));
        assertEquals("ICE", editOf(pass(spun), "Water ice").after());
        PassResult without = pass(spun.replace(" (ICE)", "").replace("with ICE or", "with immigration agents or"));
        assertTrue(without.edits().stream().noneMatch(e -> e.before().equals("Water ice")), without.edits().toString());
    }

    @Test
    void aFormUnclearAtEachPlaceIsRestoredWhereItsPlacesTogetherNameOneOriginal() {
        // each "american state" (Oregon's name: OR) may stand for "or" or "in" (Indiana's IN), neither clear on its own
        String two = "You can pay by card american state cash at the door.\nBring your own bag american state box for the food.\n";
        PassResult alone = withoutModel(two); // (the decision model restores the first "or" here)
        assertTrue(alone.edits().isEmpty(), alone.edits().toString());
        assertEquals(2, alone.flags().stream().filter(f -> f.rule().equals("spun-unsure")).count(), alone.flags().toString());
        // a third place that ranks "or" first too: together they read as "or", well ahead of "in"
        PassResult three = withoutModel(two + "Wear a hat american state cap in the sun.\n");
        List<Edit> pooled = three.edits().stream().filter(e -> e.before().equals("american state")).toList();
        assertEquals(3, pooled.size(), three.edits().toString());
        for (Edit e : pooled) {
            assertEquals("or", e.after());
            assertEquals("spun-pooled", e.rule());
            assertTrue(e.reason().contains("together read as \"or\""), e.reason());
        }
    }

    @Test
    void twoSwapsSideBySideAreWeighedTogether() {
        // "blood sugar" spun word by word: each word, weighed beside the other's spun form ("blood lolly", "rake
        // sugar"), is no clear swap; the two read together are ("non needfully", this test's first example, is now
        // restored word by word: "non" is no word of the part of speech English writes before "needfully")
        String spun = "Fiber also helps control rake lolly and lowers cholesterol levels.\n";
        PassResult r = pass(spun);
        Edit rake = editOf(r, "rake");
        Edit lolly = editOf(r, "lolly");
        assertEquals("blood", rake.after());
        assertEquals("sugar", lolly.after());
        for (Edit e : List.of(rake, lolly)) {
            assertEquals("spun-pair", e.rule());
            assertTrue(e.reason().contains("\"rake lolly\" reads as \"blood sugar\""), e.reason());
        }
    }

    @Test
    void partsOfSpeechAreEvidenceWhereNoWordPairIs() {
        // "go through" for "feel": its odds reach the margin, but each of its pairs is seen in English; a phrasal verb
        // followed by "as though" is not what a tagger's tag trigrams expect of "I ... as though"
        String spun = "I go through as though they are finally competing with Nikon and Sony.\n";
        // the option turns it off: then the place is only flagged, evidence short
        PassResult off = assertRestoredOnlyWithPos(spun, "go through", "feel", "parts of speech do: the words around it fit \"feel\"");
        assertTrue(off.flags().stream().anyMatch(f -> f.text().equals("go through") && f.reason().contains("evidence is short")), off.flags().toString());
    }

    @Test
    void aFunctionWordsOddsCountThePartsOfSpeech() {
        // "over time" spun as "ended time": the bigrams prefer "over" only 24 to 1, short of a restoration's odds; a verb's
        // past tense between an adjective and a noun is what a function word's parts of speech rule out
        String spun = "The models learn and grow more accurate ended time.\n";
        assertRestoredOnlyWithPos(spun, "ended", "over", "a function word's odds count the parts of speech around it");
    }

    /**
     * {@code before} in {@code spun} is restored as {@code after} for a reason that says {@code why}, and not at all with
     * the parts of speech off; returns the pass's result without them.
     */
    private static PassResult assertRestoredOnlyWithPos(String spun, String before, String after, String why) {
        assertRestored(pass(spun), before, after, why);
        PassResult off = withoutPos(spun);
        assertTrue(off.edits().isEmpty(), off.edits().toString());
        return off;
    }

    @Test
    void aNameGlossedInBracketsIsTheWritersNotASpinnersSwap() {
        // "English ivy (Hedera helix)": two names of one plant side by side, a writer's gloss; each alone reads as a
        // spinner's form of "ivy" (the same sentence without the gloss is restored, doc-gate off)
        PassResult glossed = pass("Good choices for a shady room are English ivy (Hedera helix) and the lady palm.\n");
        assertTrue(glossed.edits().isEmpty(), glossed.edits().toString());
        assertTrue(glossed.flags().stream().noneMatch(f -> f.text().equals("English ivy") || f.text().equals("Hedera helix")), glossed.flags().toString());
        PassResult plain = pass("Good choices for a shady room are English ivy and the lady palm.\n");
        assertEquals("ivy", editOf(plain, "English ivy").after().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aSentenceOpeningPrepositionalPhraseIsTheWritersNotAConjunction() {
        // a writer opens a sentence with "In addition to" and a noun phrase that a comma ends; a spinner's "And" stands
        // before a clause (both from SpinEval's articles; doc-gate off)
        // (the spinner's swap made clear in the first sentence, which would have made the writer's a repeat of it)
        String spunToo = "In addition to you can even find free tax software online. ";
        for (String writer : List.of("In addition to the interactive training, you get four hours of coaching.\n",
                "In addition to learning to code, you will study the art of design.\n")) {
            PassResult r = pass(spunToo + writer);
            assertEquals(List.of("In addition to"), r.edits().stream().map(Edit::before).toList(), r.edits().toString());
            assertEquals(0, r.edits().get(0).start());
        }
        assertEquals("And", editOf(pass("In addition to you can even find free tax software online.\n"), "In addition to").after());
        assertEquals("And", editOf(pass("In addition to then, if it all works, push the change.\n"), "In addition to").after());
        assertTrue(Grammar.openingPhrase("In addition to these capabilities, a variety of tools", Tokens.tokens("In addition to these capabilities, a variety of tools"), 0, 3));
        assertFalse(Grammar.openingPhrase("In addition to it's just one example, sadly", Tokens.tokens("In addition to it's just one example, sadly"), 0, 3));
        assertFalse(Grammar.openingPhrase("In addition to unfortunately, many", Tokens.tokens("In addition to unfortunately, many"), 0, 3));
        assertFalse(Grammar.openingPhrase("In addition to the right consultant certification matters.", Tokens.tokens("In addition to the right consultant certification matters."), 0, 3));
    }

    @Test
    void aDocumentReadsTheSameAfterOthersOnTheSameThread() throws Exception {
        // the words a thread has met are kept from one document to the next (their n-gram ids): nothing else carries over
        String seed = String.join("\n", Files.readAllLines(ROOT.resolve("seeds/001_6f7d6fc794569498.txt")).subList(0, 10)) + "\n";
        Pass fresh = FACTORY.create(PassOptions.defaults(FACTORY));
        PassResult alone = fresh.apply(PassInput.of("t", seed));
        Pass used = FACTORY.create(PassOptions.defaults(FACTORY));
        used.apply(PassInput.of("a", Files.readString(ROOT.resolve("testdata/spin/001-original.txt"))));
        used.apply(PassInput.of("b", seed.toUpperCase(java.util.Locale.ROOT) + seed.replace("take", "Take")));
        PassResult after = used.apply(PassInput.of("t", seed));
        assertFalse(alone.edits().isEmpty());
        assertEquals(alone.edits(), after.edits());
        assertEquals(alone.flags(), after.flags());
        assertEquals(alone.metrics(), after.metrics());
    }

    @Test
    void largeOddsAreWrittenAsFormatterWritesThem() {
        // every odds a reason can give (e^13.8 to e^50, and the half-way values where rounding differs), as "%.1e" writes them
        java.util.Random r = new java.util.Random(7);
        List<Double> xs = new java.util.ArrayList<>(List.of(1e6, 9.95e6, 9.949999e6, 1.25e7, 1.35e7, 4.85e21, Math.exp(50)));
        for (int k = 0; k < 20_000; k++) {
            xs.add(Math.exp(13.8 + r.nextDouble() * 36.2));
        }
        for (int e = 6; e < 22; e++) {
            for (int m = 10; m < 100; m++) {
                xs.add((m + 0.5) * Math.pow(10, e - 1));
            }
        }
        for (double x : xs) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.1e", x), Odds.scientific(x), Double.toString(x));
        }
    }

    /** The first edit of {@code before}; fails the test when there is none. */
    private static Edit editOf(PassResult r, String before) {
        return r.edits().stream().filter(e -> e.before().equals(before)).findFirst()
                .orElseThrow(() -> new AssertionError("no edit of \"" + before + "\" in " + r.edits()));
    }

    /** {@code before} was restored as {@code after}, for a reason that says {@code why}. */
    private static void assertRestored(PassResult r, String before, String after, String why) {
        Edit e = editOf(r, before);
        assertEquals(after, e.after());
        assertTrue(e.reason().contains(why), e.reason());
    }

    @Test
    void aSwapBesideAnotherIsWeighedAgainOnceItsNeighbourIsRestored() {
        PassResult r = withoutPos("Graph paper pads are great for this; yous seat draw the plan view.");
        assertRestored(r, "seat", "can", "weighed again once the words beside it were restored");
        // with the parts of speech: "apiece" ("each") is clear at once, "cast around" ("explore") once it is restored
        PassResult p = pass("Below, we'll cast around apiece of these in more depth.");
        assertRestored(p, "cast around", "explore", "weighed again once the words beside it were restored");
        assertRestored(p, "apiece", "each", "a function word's odds count the parts of speech around it");
        Edit yous = editOf(r, "yous");
        assertTrue(!yous.reason().contains("weighed again"), yous.reason());
    }

    @Test
    void aWordWhoseTrigramTheModelLacksIsWeighedThoughEachOfItsPairsIsCommon() {
        // "more along" and "along this" are common pairs; the model holds "more on this" and not "more along this"
        PassResult r = pass("As clients rely more along this data for self-monitoring and accountability, coaches have a huge role.");
        assertRestored(r, "along", "on", "more likely");
        // where the writer's word fits its trigram as well, it stays
        assertTrue(pass("We walked along this path for an hour before the rain came.").edits().isEmpty());
        assertTrue(pass("Clients who rely more on this data have a huge role.").edits().isEmpty());
    }

    /** A spinner's template left unresolved ("{best|greatest|finest}") becomes the option its context prefers, whatever the document's score. */
    @Test
    void aSpinnersTemplateLeftInTheTextBecomesTheOptionItsContextPrefers() {
        String text = "This is the {greatest|best|finest} way to learn a new language.\n";
        PassResult r = pass(text);
        Edit e = editOf(r, "{greatest|best|finest}");
        assertEquals("spintax", e.rule());
        assertEquals("best", e.after(), "\"the best way\" is English, \"the greatest way\" less so");
        assertTrue(e.reason().contains("template"), e.reason());
        assertEquals(1.0, r.metrics().get("spin-templates"));
        assertEquals("This is the best way to learn a new language.\n", SPIN.clean("t", text).text());
        // a template inside an option is resolved with it, in one run
        String nested = SPIN.clean("t", "{Hi|Hello|{Good|Great} morning}, said the {teacher|{school|class} teacher} to the class.\n").text();
        assertTrue(List.of("Hi", "Hello", "Good morning", "Great morning").stream().anyMatch(o -> nested.startsWith(o + ", said the ")), nested);
        assertTrue(nested.indexOf('{') < 0 && nested.indexOf('|') < 0, nested);
        // an unclosed one is none (the well-formed template inside it is one)
        List<Edit> unclosed = pass("It was {good|{great|fine} in the end.").edits();
        assertTrue(unclosed.stream().noneMatch(x -> x.before().startsWith("{good")), unclosed.toString());
        // a regular expression's alternatives, a shell's braces, code and an empty option are no templates
        for (String other : List.of("Match it with (cat|dog) in the pattern.", "Copy the files with cp {a,b}.txt to the folder.",
                "The object {\"a\": 1} is valid JSON.", "Set it to {|none} in the file.",
                // a command line's choice of values (createdb(1))
                "Give it --locale-provider={libc|icu} to choose the provider.")) {
            assertTrue(pass(other).edits().stream().noneMatch(x -> x.rule().equals("spintax")), other);
        }
    }

    @Test
    void anOddWordLeftAloneInASpunTextIsFlaggedWithItsLikelyOriginals() {
        String text = "The museum is deathly popular with visitors this year.";
        PassResult r = pass(text);
        assertTrue(r.edits().isEmpty(), r.edits().toString());
        var flag = r.flags().stream().filter(f -> f.rule().equals("spun-unsure")).findFirst().orElseThrow();
        assertEquals("deathly", text.substring(flag.start(), flag.end()));
        assertTrue(flag.reason().contains("\"extremely\"") && flag.reason().contains("left alone"), flag.reason());
        assertEquals(1.0, r.metrics().get("spin-suspicious"));
    }

    @Test
    void aPlaceWhereTwoOriginalsFitIsDecidedByTheSwapMadeClearElsewhere() {
        PassResult r = pass("Schools linear measure the US are good. It has now fallen from rank 2 to 9 linear measure this ranking of the top apps.");
        List<Edit> in = r.edits().stream().filter(e -> e.before().equals("linear measure")).toList();
        assertEquals(2, in.size(), r.edits().toString());
        assertTrue(in.stream().allMatch(e -> e.after().equals("in")), in.toString());
        assertTrue(in.get(1).reason().contains("another word would fit nearly as well, but the same swap was clear elsewhere"), in.get(1).reason());
    }

    @Test
    void aNameWrittenInLowercaseIsASpinnersCopyOfTheCase() {
        PassResult r = pass("You can complete your taxes online ore. download the software.");
        assertRestored(r, "ore.", "or", "a name written in lowercase");
        // the name itself, capitalised, is left alone
        assertTrue(pass("You can complete your taxes online in Ore. and download the software.").edits().isEmpty());
    }

    @Test
    void aCapitalisedSynonymPhraseOfIStandsForThePronounALowercaseOneNever() {
        String text = "These are the basic tasks I have to get through before Atomic number 53 can actually start working.\n"
                + "The lab measured atomic number 53 in the samples.";
        assertEquals("These are the basic tasks I have to get through before I can actually start working.\n"
                + "The lab measured atomic number 53 in the samples.", SPIN.clean("t", text).text());
    }

    @Test
    void aPhraseCapitalisedOnItsFirstWordOnlyIsASpinnersCopyOfTheCase() {
        PassResult r = pass("She said the car uses Global positioning system data to find you.");
        assertRestored(r, "Global positioning system", "GPS", "only its first word capitalised inside a sentence");
        // written as a writer writes it: every word capitalised as a name, or in lowercase (where
        // the context alone may still decide, without the case's evidence)
        assertTrue(pass("She said the car uses Global Positioning System data to find you.").edits().isEmpty());
        assertTrue(pass("She said the car uses global positioning system data to find you.").edits().stream()
                .noneMatch(e -> e.reason().contains("capitalised")));
    }

    /**
     * A word of a name after its first, capitalised as the word it replaced was ("The New York Multiplication" for
     * "Times"), is restored where its own context is clear (it was never weighed: a capitalised word inside a sentence was
     * taken for a name); the name as written, and names whose words a spinner might swap, are left.
     */
    @Test
    void aWordOfANameAfterItsFirstIsRestoredOnItsOwnEvidence() {
        PassResult r = pass("The story, first reported by The New York Multiplication, says the company will close two of its plants.");
        assertRestored(r, "Multiplication", "Times", "reads as a spinner's synonym for \"Times\"");
        assertTrue(pass("The story, first reported by The New York Times, says the company will close two of its plants.").edits().isEmpty());
        assertTrue(pass("The report was written by a Certified Corporate Wellness Specialist who works with the city council.")
                .edits().isEmpty());
    }

    @Test
    void veryHighOddsNeedNoUnseenPair() {
        // "safer in" and "to more" are both English pairs: only the odds of the whole speak
        String text = "Drills help clients feel safer in addition to more capable, not intimidated.";
        assertEquals("Drills help clients feel safer and more capable, not intimidated.", SPIN.clean("t", text).text());
        PassOptions strict = new PassOptions("spin", FACTORY.options(), Map.of("strong-margin", "1000"));
        assertTrue(FACTORY.create(strict).apply(PassInput.of("t", text)).edits().isEmpty());
    }

    @Test
    void oddsAreSaidInWordsBothWays() {
        assertEquals("context 3200× more likely", Odds.odds(Math.log(3200)));
        assertEquals("context alone 5× less likely", Odds.odds(-Math.log(5)));
        assertEquals("context 4.1e+12× more likely", Odds.odds(Math.log(4.1e12)));
        assertTrue(Odds.odds(SpinPass.FORM_CERTAIN).startsWith("its form says so"));
    }

    @Test
    void marginIsAnOption() {
        String text = "It is used for U.S constabulary enforcement.";
        PassOptions strict = new PassOptions("spin", FACTORY.options(), Map.of("margin", "60"));
        assertTrue(FACTORY.create(strict).apply(PassInput.of("t", text)).edits().isEmpty());
    }

    /**
     * Document-level evidence: an odd word or two in a long original text are rare usages, not a spinner's swaps. Without
     * the gate ({@code --spin.doc-gate 0}) a content word's restoration is made; a function word's is not, where the text's
     * function words read as unswapped (as a spinner of content words leaves them).
     */
    @Test
    void aWouldBeRestorationInATextThatReadsAsAnOriginalIsFlaggedNotMade() throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt"))
                + "\nOur lives would be worse if nosotros outlawed it. It is used for constabulary enforcement.\n";
        PassResult gated = gated(text);
        assertEquals(List.of(), gated.edits());
        for (String form : List.of("nosotros", "constabulary")) {
            assertTrue(gated.flags().stream().anyMatch(f -> f.rule().equals("spun-held") && f.text().equals(form)
                    && f.reason().contains("left alone: only")), gated.flags().toString());
        }
        assertTrue(gated.metrics().get("spin-score") < 0.03, gated.metrics().toString());
        PassOptions ungated = new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0"));
        PassResult r = FACTORY.create(ungated).apply(PassInput.of("t", text));
        assertEquals(List.of("constabulary -> law"), r.edits().stream().map(e -> e.before() + " -> " + e.after()).toList());
        assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals("spun-held") && f.text().equals("nosotros")
                && f.reason().endsWith(SpinPass.FUNCTION_WORDS_UNSWAPPED)), r.flags().toString());
    }

    /**
     * A short original with a few odd words (three of 81 weighed here: 3.7%, above check's 0.03 as a plain
     * share) is no spun text: the score counts {@link Rates#SCORE_PRIOR_WORDS} words of an unspun text's share, and
     * the gate {@link Rates#GATE_PRIOR_WORDS}.
     */
    @Test
    void aShortOriginalsFewOddWordsDoNotMakeItReadAsSpun() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0207.txt"));
        String passage = String.join("\n", lines.subList(5, 10)) + "\n";
        PassResult r = pass(passage);
        double weighed = r.metrics().get("spin-words-weighed");
        double score = r.metrics().get("spin-score");
        double odd = score * (weighed + Rates.SCORE_PRIOR_WORDS) - Rates.SCORE_UNSPUN * Rates.SCORE_PRIOR_WORDS;
        assertTrue(weighed >= 70 && weighed <= 100, r.metrics().toString());
        assertTrue(odd / weighed > 0.03, "a plain share above the gate: " + odd + " of " + weighed);
        assertTrue(score > Rates.SCORE_UNSPUN && score < 0.03, r.metrics().toString());
        assertTrue(Rates.gateShare((int) Math.round(odd), (int) weighed) < PassOptions.defaults(FACTORY).getDouble("doc-gate"), r.metrics().toString());
        assertEquals(0.0, r.metrics().get("spin-restored"), r.metrics().toString());
        assertTrue(r.edits().isEmpty(), r.edits().toString());
    }

    /**
     * Another spinner's text, its content words swapped by a general thesaurus's synonyms that WordNet does not give:
     * its score passes the gate (WordNet's reading alone, --spin.thesaurus=false, would not), and its odd places
     * are reported with their likely originals; the few with odds e^3 above what WordNet's need are restored, each
     * to the word the text had there.
     */
    @Test
    void aThesaurusSpinnersTextIsReportedAndRestoredOnlyWhereSure() throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt"));
        Map<Integer, String> originalAt = new java.util.HashMap<>();
        StringBuilder spun = new StringBuilder(thesaurusSpun(text, originalAt));
        java.util.Set<Integer> swapAt = originalAt.keySet();
        int swaps = originalAt.size();
        assertTrue(swaps > 80, "swaps: " + swaps);
        double gate = PassOptions.defaults(FACTORY).getDouble("doc-gate");
        PassResult original = gated(text);
        assertTrue(original.metrics().get("spin-score") < gate, original.metrics().toString());
        PassResult r = gatedWithoutOtherModel(spun.toString()); // (the rule's own restorations: the other spinners' model adds its own)
        assertTrue(r.metrics().get("spin-score") >= gate, swaps + " swaps: " + r.metrics());
        // restored only where sure, and then right: a swap, back to the text's word, under its own rule
        assertTrue(!r.edits().isEmpty() && r.edits().size() * 10 <= swaps, r.edits().toString());
        for (Edit e : r.edits()) {
            assertEquals(originalAt.get(e.start()), e.after(), e.toString());
            assertEquals("spun-thesaurus", e.rule());
        }
        List<io.github.unmangle.core.Flag> said = r.flags().stream().filter(f -> f.reason().contains("by a general thesaurus")).toList();
        // reported at the swaps: most flags stand on a swapped word (neighbouring swaps hide many others)
        long atSwaps = said.stream().filter(f -> swapAt.contains(f.start())).count();
        assertTrue(said.size() >= 15 && atSwaps * 10 >= said.size() * 9, atSwaps + " of " + said.size() + " flags at the " + swaps + " swaps: " + said);
        assertTrue(said.stream().allMatch(f -> f.rule().equals("spun-unsure") && f.reason().contains("left alone")), said.toString());
        // --spin.thesaurus=false: WordNet's reading alone, which this text passes as an original
        PassResult without = FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of("thesaurus", "false"))).apply(PassInput.of("t", spun.toString()));
        assertTrue(without.metrics().get("spin-score") < gate, without.metrics().toString());
        assertTrue(without.flags().stream().noneMatch(f -> f.reason().contains("thesaurus")), without.flags().toString());
    }

    /**
     * The other spinners' decision model learned from SpinEval's Moby spinner; this test's thesaurus spinner is another
     * (words of four letters or more, {@link #thesaurusSpun}): on six of its texts together, the model's restorations
     * (rule spun-learned-other) are right nine times in ten or more (10 of 11 when written: "behest" for "command" read
     * as "word").
     */
    @Test
    void theOtherSpinnersModelIsMostlyRightOnAnotherThesaurusSpinner() throws Exception {
        Map<Integer, String> originalAt = new java.util.HashMap<>();
        String spun = sixThesaurusSpunPages(originalAt);
        PassResult r = FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of(SpinPassFactory.OTHER_MODEL, "builtin"))).apply(PassInput.of("t", spun));
        List<Edit> learned = r.edits().stream().filter(x -> x.rule().equals(SpinPass.OTHER_LEARNED_RULE)).toList();
        long right = learned.stream().filter(x -> x.after().equals(originalAt.get(x.start()))).count();
        assertTrue(right >= 5 && right * 10 >= learned.size() * 9, right + " right of " + learned);
    }

    /**
     * In another spinner's text, a thesaurus's swap made with confidence at one place stands for the same word at the
     * form's other places that lean to it (a spinner's dictionary is one per text), and each such edit is right.
     */
    @Test
    void aThesaurusSwapClearAtOnePlaceIsMadeAtTheFormsOtherPlaces() throws Exception {
        Map<Integer, String> originalAt = new java.util.HashMap<>();
        String spun = sixThesaurusSpunPages(originalAt);
        // the same spinner's "communications" for "media" three times: twice clear on its own, once only as likely
        String more = "Brands now reach buyers through social communications platforms such as Facebook and TikTok. Many firms hire an"
                + " analyst with a solid grasp of social communications dynamics, and social communications marketing grows every year.";
        int weak = spun.length() + more.indexOf("communications dynamics");
        PassResult r = gatedWithoutOtherModel(spun + more + "\n");
        Edit e = r.edits().stream().filter(x -> x.start() == weak).findFirst().orElseThrow(() -> new AssertionError(r.edits().toString()));
        assertEquals("media", e.after());
        assertTrue(e.reason().contains("the same swap was clear elsewhere in the text"), e.reason());
        for (Edit x : r.edits()) {
            assertTrue(x.start() >= spun.length() || x.after().equals(originalAt.get(x.start())), x.toString());
        }
    }

    /** Six clean pages of testdata/boilerplate/clean together, spun by {@link #thesaurusSpun} (its originals into {@code originalAt}). */
    private static String sixThesaurusSpunPages(Map<Integer, String> originalAt) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (String page : List.of("0207", "0209", "0226", "0234", "0240", "0241")) {
            pages.append(Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_" + page + ".txt"))).append("\n\n");
        }
        return thesaurusSpun(pages.toString(), originalAt);
    }

    /**
     * {@code text} as another spinner writes it: each word of four letters or more that the thesaurus alone gives a form
     * for (an original's first form that is not a WordNet form at all) becomes that form; {@code originalAt} (if given)
     * gets where each swap stands in the result and the word it replaced.
     */
    private static String thesaurusSpun(String text, Map<Integer, String> originalAt) throws Exception {
        NGrams g = NGrams.load();
        Candidates c = Candidates.load(g);
        // the thesaurus read backwards
        Map<String, String> forward = new java.util.HashMap<>();
        for (int id = 0; id < g.size(); id++) {
            Candidates.Entry e = c.entry(id);
            if (e != null && c.entry(g.word(id)) == null) {
                for (String o : e.originals()) {
                    forward.putIfAbsent(o, g.word(id));
                }
            }
        }
        StringBuilder spun = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[a-z]{4,}\\b").matcher(text);
        while (m.find()) {
            String form = forward.get(m.group());
            m.appendReplacement(spun, "");
            if (form != null && originalAt != null) {
                originalAt.put(spun.length(), m.group());
            }
            spun.append(form != null ? form : m.group());
        }
        m.appendTail(spun);
        return spun.toString();
    }

    /**
     * In a WordNet spinner's text (restorations made), a place whose likeliest original is a general thesaurus's is not
     * restored, and its flag says why it stays: it was a "spun-held" flag that read as a restoration ("reads as another
     * spinner's synonym ... here") with no reason for leaving it. The text: the thesaurus spinner's of
     * {@link #aThesaurusSpinnersTextIsReportedAndRestoredOnlyWhereSure} (whose sure places it restores), spun again by
     * SpinEval's WordNet spinner.
     */
    @Test
    void aThesaurusPlaceInAWordNetSpinnersTextIsFlaggedWithWhyItStays() throws Exception {
        String both = io.github.unmangle.bench.SpinEval.spin(thesaurusSpun(Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt")), null),
                io.github.unmangle.bench.SpinEval.forward(), new java.util.Random(42), new java.util.ArrayList<>());
        PassResult r = gated(both);
        assertTrue(r.edits().size() >= 10, r.edits().size() + " edits"); // (a WordNet spinner's text: restorations made)
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("spun-thesaurus")), r.edits().toString());
        List<io.github.unmangle.core.Flag> thesaurus = r.flags().stream().filter(f -> f.reason().contains("general thesaurus")).toList();
        assertTrue(!thesaurus.isEmpty(), r.flags().toString());
        // a place with the odds a thesaurus's restoration needs: left for the kind of text alone
        assertTrue(thesaurus.stream().anyMatch(f -> f.reason().endsWith("restored only in a text that reads as another spinner's (not WordNet's)")),
                thesaurus.toString());
        for (io.github.unmangle.core.Flag f : r.flags()) {
            assertTrue(f.reason().contains("left alone"), f.toString());
        }
    }

    /**
     * A Moby spinner's text (testdata/spin/moby-spun-4186.txt) whose WordNet places alone pass the document gate, though a
     * third of its odd places have no WordNet original (13 of 40): another spinner's text. Its WordNet restorations are
     * held and flagged with why (they had been made: "crap", the spinner's "void", as "make"; "aerate conditioner" as
     * "air"), and the thesaurus's sure ones are made, as in another spinner's text, each to the word the page had (read
     * from its gold text, wcxb_dev_4186).
     */
    @Test
    void aTextWhoseOddPlacesAreOftenNotWordNetsIsReadAsAnotherSpinners() throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/spin/moby-spun-4186.txt"));
        PassResult r = gatedWithoutOtherModel(text);
        Map<String, String> original = Map.of("tenable", "reliable", "facility", "engine", "subjoin", "add");
        assertTrue(!r.edits().isEmpty(), r.flags().toString());
        for (Edit e : r.edits()) {
            assertEquals("spun-thesaurus", e.rule(), e.toString());
            assertEquals(original.get(e.before()), e.after(), e.toString());
        }
        List<io.github.unmangle.core.Flag> held = r.flags().stream().filter(f -> f.rule().equals("spun-held")).toList();
        assertTrue(held.size() >= 3, r.flags().toString());
        for (io.github.unmangle.core.Flag f : held) {
            assertTrue(f.reason().contains("of the document's 40 odd words have no WordNet original") && f.reason().contains("another spinner's text"), f.reason());
        }
        assertTrue(held.stream().anyMatch(f -> text.startsWith("crap the vehicle", f.start())), held.toString());
    }

    /**
     * A spinner of content words leaves function words alone: in its text (testdata/spin/first-sense-spun-0080.txt), whose
     * function words read as unswapped, no function word is put back — the writer's "exclusively" (the page's gold text
     * has it) had been restored as "only" — and it is flagged with why; the content words' restorations are made.
     */
    @Test
    void aContentWordSpinnersTextGetsNoFunctionWordBack() throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/spin/first-sense-spun-0080.txt"));
        PassResult r = gated(text);
        assertTrue(r.edits().size() >= 3, r.edits().toString());
        for (Edit e : r.edits()) {
            assertFalse(io.github.unmangle.lang.Stopwords.contains(e.after().toLowerCase(java.util.Locale.ROOT)), e.toString());
        }
        int at = text.indexOf("exclusively to annual plans");
        assertTrue(r.flags().stream().anyMatch(f -> f.start() == at && f.rule().equals("spun-held")
                && f.reason().endsWith(SpinPass.FUNCTION_WORDS_UNSWAPPED)), r.flags().toString());
    }

    /**
     * The prior odds of a swap follow the text: a spun text's score read as that of a text spun at
     * the assumed rate keeps the assumed rate; a lighter or busier spinner's text gets its own.
     * (The scores are SpinEval's medians at 9.7%, 3.2% and 19.5% of the words swapped.)
     */
    @Test
    void aSpunTextsOwnSwapRateIsReadFromItsScore() {
        double assumed = PassOptions.defaults(FACTORY).getDouble("swap-rate");
        assertTrue(Math.abs(Math.log(Rates.documentRate(0.0752) / assumed)) <= Rates.RATE_TOLERANCE, "a text spun as assumed keeps the prior");
        assertTrue(Rates.documentRate(0.0325) * Math.exp(Rates.RATE_TOLERANCE) < assumed, "a lightly spun text: a lower prior");
        assertEquals(0.032, Rates.documentRate(0.0325), 0.01);
        assertTrue(Rates.documentRate(0.1287) > assumed * Math.exp(Rates.RATE_TOLERANCE), "a busily spun text: a higher prior");
        assertEquals(0.195, Rates.documentRate(0.1287), 0.03);
        // function words that read as odd no more often than an unspun text's (a spinner of content words only) get a
        // lower floor than the text's words as a whole: their restorations need higher odds
        assertEquals(Rates.RATE_LOW, Rates.documentRate(Rates.SCORE_UNSPUN));
        assertEquals(Rates.FUNCTION_RATE_LOW, Rates.documentRate(Rates.SCORE_UNSPUN, Rates.FUNCTION_RATE_LOW));
        assertTrue(Rates.FUNCTION_RATE_LOW < Rates.RATE_LOW);
        assertEquals(Rates.documentRate(0.0752), Rates.documentRate(0.0752, Rates.FUNCTION_RATE_LOW), "a spun function word's rate as any word's");
        double gate = PassOptions.defaults(FACTORY).getDouble("doc-gate");
        assertTrue(Rates.documentRate(gate) >= Rates.RATE_LOW && Rates.documentRate(1) <= Rates.RATE_HIGH);
        for (double s = gate; s < 0.5; s += 0.01) {
            assertTrue(Rates.documentRate(s + 0.01) >= Rates.documentRate(s));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The non-profit group said it would not comment on the non-binding vote.",
            "A well-being survey of the state's non-English speakers was published.",
            "They run a non-profit group with a 3-inch screen and self-help tools for well-being.",
            "We drove to the Ace Hardware store and met One Direction fans at Unity Temple.",
            "It handles out-of-bounds array accesses and end-to-end tests for award-winning teams."})
    void compoundsAndNamesAreLeftAlone(String text) {
        PassOptions ungated = new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0"));
        assertEquals(List.of(), FACTORY.create(ungated).apply(PassInput.of("t", text)).edits());
    }

    /**
     * Spinners differ in which words they swap: in a text whose spinner swapped content words only (SpinEval's WordNet
     * spinner with the stop words left out of its table, as many tools do), a writer's "alongside" and "information
     * technology" are no spun "with" and "it": a function word's prior odds of a swap are the text's own, read from its
     * function words. Before that, both were restored in every one of these texts (and with bench/spinners.py's
     * content-only spinners over 200 of SpinEval's articles, 14 of 61 wrong edits, first sense at 15%, and 59 of 322,
     * every sense at 30%, restored a function word).
     * In a text whose function words were swapped too, they are still restored. At 15% of the words the spinner may
     * swap, the text's rate is read as lower than assumed and the text weighed again in full; at 30% it is as assumed,
     * and only the places a function word's lower rate could change are weighed again (the cases that fail when they
     * are not).
     */
    @ParameterizedTest
    @CsvSource({"0209, 0.15", "0226, 0.15", "0234, 0.15", "0241, 0.15", "0209, 0.3", "0226, 0.3", "0234, 0.3", "0241, 0.3"})
    void aContentOnlySpinnersTextKeepsTheWritersFunctionWordPhrases(String page, double share) throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_" + page + ".txt"));
        String writer = "\n\nThe group works alongside local schools. In addition to its clinics, it runs an information technology course for adults.\n";
        Map<String, List<String>> every = io.github.unmangle.bench.SpinEval.forward();
        Map<String, List<String>> content = io.github.unmangle.bench.SpinEval.contentWordsOnly(every);
        String spun = io.github.unmangle.bench.SpinEval.spin(text, content, new java.util.Random(7), new java.util.ArrayList<>(), share) + writer;
        PassResult r = gated(spun);
        int at = spun.indexOf(writer);
        assertTrue(r.edits().size() >= 10, "a spun text: restorations made, " + r.edits());
        assertEquals(List.of(), r.edits().stream().filter(e -> e.start() >= at).toList());
        // the same text with its function words swapped too: those are restored
        String both = io.github.unmangle.bench.SpinEval.spin(text, every, new java.util.Random(7), new java.util.ArrayList<>(), share) + writer;
        PassResult r2 = gated(both);
        long functionWords = r2.edits().stream().filter(e -> io.github.unmangle.lang.Stopwords.contains(e.after().toLowerCase(java.util.Locale.ROOT))).count();
        assertTrue(functionWords >= 10, functionWords + " function words restored: " + r2.edits());
    }

    /**
     * A light spinner's long text (4.5% of the words it may swap: about one word in fifty) passes the gate: a long text's
     * share of odd places is read closely ({@link Rates#GATE_PRIOR_WORDS} words of an unspun text's counted in, the gate
     * at 2%), and its restorations are made, most of them right. (At 3% with 50 words counted in, it was held.)
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aLightSpinnersLongTextIsRestored(long seed) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (String page : List.of("0207", "0209", "0226", "0234", "0241")) {
            pages.append(Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_" + page + ".txt"))).append("\n\n");
        }
        String text = pages.toString();
        List<io.github.unmangle.bench.SpinEval.Swap> swaps = new java.util.ArrayList<>();
        String spun = io.github.unmangle.bench.SpinEval.spin(text, io.github.unmangle.bench.SpinEval.forward(), new java.util.Random(seed), swaps, 0.045);
        PassResult r = gated(spun);
        Map<Integer, String> original = new java.util.HashMap<>();
        for (io.github.unmangle.bench.SpinEval.Swap w : swaps) {
            original.put(w.start(), w.original());
        }
        long right = r.edits().stream().filter(e -> e.after().equalsIgnoreCase(original.getOrDefault(e.start(), ""))).count();
        assertTrue(r.edits().size() >= 5, swaps.size() + " swaps, " + r.metrics() + " " + r.edits());
        assertTrue(right >= 0.8 * r.edits().size(), right + " right of " + r.edits());
    }

    /**
     * A swap made clear only in a later round, once the words beside it were restored, is the text's dictionary as a
     * first-round swap is: the form's other places that lean to the same original are restored too ("american state"
     * for "or", unclear against "in" at each place on its own).
     */
    @Test
    void aSwapMadeClearInALaterRoundDecidesTheFormsOtherPlaces() throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt"));
        String spun = text.replaceAll("\\bor\\b", "american state").replaceAll("\\bhave\\b", "take").replaceAll("\\bby\\b", "past")
                .replaceAll("\\bas\\b", "equally").replaceAll("\\bit\\b", "information technology");
        long places = java.util.regex.Pattern.compile("american state").matcher(spun).results().count();
        PassResult r = withoutPos(spun);
        List<Edit> restored = r.edits().stream().filter(e -> e.before().equals("american state")).toList();
        assertTrue(restored.stream().allMatch(e -> e.after().equals("or")), restored.toString());
        assertTrue(restored.stream().anyMatch(e -> e.reason().contains("weighed again once the words beside it were restored")), restored.toString());
        assertTrue(restored.stream().anyMatch(e -> e.rule().equals("spun-repeat")), restored.toString());
        assertTrue(restored.size() * 10 >= places * 8, restored.size() + " of " + places + ": " + restored);
    }

    /** {@code text} with every {@code every}-th "and" spun as "in addition to" (the spinners' phrase). */
    private static String andSpun(String text, int every) {
        StringBuilder spun = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\band\\b").matcher(text);
        int k = 0;
        while (m.find()) {
            m.appendReplacement(spun, k++ % every == 0 ? "in addition to" : "and");
        }
        m.appendTail(spun);
        return spun.toString();
    }

    /** A phrase a spinner wrote for "and", again and again: at least half its uses go back, and only to "and". */
    @Test
    void aSpinnersRepeatedPhraseIsRestoredWhereItsContextAgrees() throws Exception {
        String spun = andSpun(Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt")), 3);
        int swaps = spun.split("in addition to", -1).length - 1;
        PassOptions ungated = new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0"));
        PassResult r = FACTORY.create(ungated).apply(PassInput.of("t", spun));
        long restored = r.edits().stream().filter(e -> e.before().equals("in addition to")).count();
        assertTrue(restored >= swaps / 2, restored + " of " + swaps + ": " + r.edits());
        assertTrue(r.edits().stream().filter(e -> e.before().equals("in addition to")).allMatch(e -> e.after().equals("and")), r.edits().toString());
    }

    @Test
    void overuseIsAPoissonRatioOfSpinningAgainstWriting() {
        // "in addition to" 4 times in 2,000 words: a spinner's swaps of "and" put it there ~5 times, a writer ~0.1
        assertTrue(Rates.overuse(4, 5.4, 0.1) > 6);
        // a topic compound used 5 times where spinning would give 0.04 and writing 0.01: neither explains it
        assertEquals(Double.NEGATIVE_INFINITY, Rates.overuse(5, 0.04, 0.01));
        // a common word used less than English uses it: not overused
        assertEquals(Double.NEGATIVE_INFINITY, Rates.overuse(3, 50, 40));
        // once is never a pattern
        assertEquals(Double.NEGATIVE_INFINITY, Rates.overuse(1, 5.4, 0.001));
    }

    /** A topic word the text keeps using is used too often for a spinner's swaps as well: left alone. */
    @Test
    void aTopicCompoundTheTextKeepsUsingIsNotOverused() {
        String text = "The tax rate rose again this year. Officials said the tax rate would stay high. "
                + "Critics argued that a lower tax rate helps small firms, while the city defended its tax rate. "
                + "Next year the tax rate will be reviewed, and a new tax rate may follow.";
        PassOptions ungated = new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0"));
        PassResult r = FACTORY.create(ungated).apply(PassInput.of("t", text));
        assertTrue(r.edits().stream().noneMatch(e -> e.before().contains("tax rate")), r.edits().toString());
    }

    /**
     * The cache model counts a spun form's repeats after the same word as one use where the text writes the original after
     * that word elsewhere: "machine acquisition", a spinner's swap of "learning" made at each place, in a text that also
     * writes "Machine learning", is restored at each; repeated without the original anywhere it stays the text's phrase.
     */
    @Test
    void aFormRepeatedAfterTheWordTheOriginalFollowsElsewhereIsNoTopic() {
        String spun = "Through continuous training from user data, machine acquisition models adjust to shifting needs. "
                + "Our experts build machine acquisition systems for retail.";
        PassResult r = pass("Machine learning is changing how shops sell. " + spun + "\n");
        assertEquals(2, r.edits().stream().filter(e -> e.before().equals("acquisition") && e.after().equals("learning")).count(), r.edits().toString());
        PassResult alone = pass("Shops sell more each year. " + spun + "\n");
        assertTrue(alone.edits().stream().noneMatch(e -> e.before().equals("acquisition")), alone.edits().toString());
    }

    /**
     * A form no writer writes, a contraction's ending swapped ("isn’thymine", "it’sec") or a split word's piece, is restored
     * in any text: the document gate, which holds restorations in a text whose words read as a writer's, does not hold it.
     */
    @Test
    void aSwappedContractionEndingIsRestoredWhateverTheGateSays() {
        PassResult r = gated("The shop isn’thymine open on Sundays, and the owner said it’sec a family rule kept for forty years.\n");
        assertEquals(List.of("t", "s"), r.edits().stream().map(e -> e.after()).toList(), r.edits().toString());
        assertTrue(r.flags().stream().noneMatch(f -> f.rule().equals("spun-held")), r.flags().toString());
    }

    /**
     * A text that shows such a form is a spinner's, however few of its words read as swaps: its other restorations are made
     * past the document gate ("take been" held, in the same sentence without it), and it is not let go as clearly unspun
     * after its first 800 words (a swap at its end is weighed and made: a content word's, as the many function words
     * before it read as unswapped, and there a function word is not put back).
     */
    @Test
    void aFormNoWriterWritesMakesTheTextASpinnersOwn() {
        PassResult r = gated("The shop isn’thymine open on Sundays, and the owners take been criticised for it.\n");
        assertTrue(r.edits().stream().anyMatch(e -> e.before().equals("take") && e.after().equals("have")), r.edits().toString());
        PassResult held = gated("The shop is not open on Sundays, and the owners take been criticised for it.\n");
        assertTrue(held.edits().isEmpty(), held.edits().toString());
        assertTrue(held.flags().stream().anyMatch(f -> f.rule().equals("spun-held")), held.flags().toString());
        String body = ("The town council met on Tuesday evening to discuss the new budget for the coming year. "
                + "Several residents asked questions about the cost of repairing the old bridge near the school. "
                + "The mayor said that the work would begin in the spring and should be finished before the summer. ").repeat(18);
        String text = "The shop isn’thymine open on Sundays.\n\n" + body + "\n\nIt is used for constabulary enforcement.\n";
        assertTrue(Tokens.tokens(text).size() > SpinPass.LET_GO_MIN_WORDS);
        PassResult end = gated(text);
        assertTrue(end.edits().stream().anyMatch(e -> e.before().equals("constabulary") && e.after().equals("law")), end.edits().toString());
    }

    /**
     * Across a hyphen, a pair English writes all the time is evidence for a compound's original ("eye-spying" for
     * "eye-catching", "retentive-distance" for "long-distance"); a rare one is not ("non-profit" stays: "not profit" is no
     * phrase).
     */
    @Test
    void aCompoundsPartIsRestoredWhereTheOriginalPairIsCommon() {
        PassResult r = pass("This eye-spying, sleek Samsung range is the best we tested.\n");
        assertTrue(r.edits().stream().anyMatch(e -> e.before().equals("spying") && e.after().equals("catching")), r.edits().toString());
        r = pass("What to expect during a retentive-distance moving quote\n");
        assertTrue(r.edits().stream().anyMatch(e -> e.before().equals("retentive") && e.after().equals("long")), r.edits().toString());
        PassResult kept = pass("She runs a small non-profit group for local artists.\n");
        assertTrue(kept.edits().isEmpty(), kept.edits().toString());
    }

    /**
     * A compound's piece whose original makes a compound English writes, of one it does not, says so in its reason; a
     * writer's compound the list lacks stays where English writes its words together ("self compassion": the list's
     * "self-pity" is no evidence against it), and so does a longer token's piece (an address) and an option's letter.
     */
    @Test
    void aCompoundTheListHoldsIsEvidenceOnlyAgainstOneEnglishDoesNotWrite() {
        PassResult r = pass("The course offers men-on training with real equipment.\n");
        Edit e = r.edits().stream().filter(x -> x.before().equals("men")).findFirst().orElseThrow(() -> new AssertionError(r.edits()));
        assertEquals("hands", e.after());
        assertTrue(e.reason().contains("\"hands-on\" is a compound English writes, \"men-on\" none"), e.reason());
        for (String kept : List.of("Practising self-compassion helps people recover from setbacks.\n",
                "Read the guide at https://example.com/men-on-training before you start.\n",
                "-O debusine_workflow=publish-to-sid-pylint \\\n")) {
            PassResult k = pass(kept);
            assertEquals(List.of(), k.edits(), kept);
        }
    }

    /** Names of two capitalised words or more inside a sentence: their first word is weighed now, and stays. */
    @Test
    void aNamesFirstWordStays() {
        String names = "We met at Union Square Park on Sunday. The Golden Gate Bridge is red. She reads the Financial Times daily."
                + " He joined General Motors in 1990. They visited Great Britain last year. The Supreme Court ruled on Monday."
                + " We flew with United Airlines to Boston. He studied at Boston College for two years. The Rolling Stones played"
                + " in London. The First Amendment protects speech. The Wall Street Journal reported the deal.\n";
        assertEquals(List.of(), pass(names).edits());
        for (String line : names.split("(?<=\\.) ")) {
            assertEquals(List.of(), pass(line.strip() + "\n").edits(), line);
        }
    }

    /**
     * A spelling of a word the text writes more often otherwise ("optimisation" where it writes "optimization" twice) is
     * a spinner's swap of WordNet's spellings; where the text writes it as often or more, it stays the writer's.
     */
    @Test
    void theTextsOwnSpellingIsEvidence() {
        PassResult r = pass("Search engine optimization brings visitors. Good optimisation takes time and care."
                + " We review the optimization plan each month.\n");
        Edit e = r.edits().stream().filter(x -> x.before().equals("optimisation")).findFirst().orElseThrow(() -> new AssertionError(r.edits()));
        assertEquals("optimization", e.after());
        assertTrue(e.reason().contains("another spelling of the same word"), e.reason());
        PassResult kept = pass("Search engine optimization brings visitors. Good optimisation takes time and care."
                + " We review the optimisation plan each month.\n");
        assertEquals(List.of(), kept.edits());
        assertEquals(SpinPass.spelling("optimization"), SpinPass.spelling("optimisation"));
        assertEquals(SpinPass.spelling("focused"), SpinPass.spelling("focussed"));
        assertEquals(SpinPass.spelling("centre"), SpinPass.spelling("center"));
        assertEquals(SpinPass.spelling("colour"), SpinPass.spelling("color"));
        assertNotEquals(SpinPass.spelling("minimal"), SpinPass.spelling("minimum"));
    }

    /**
     * A compound's piece that coins compounds far more often than its original does ("non": 54 of the list's compounds
     * begin with it, one with "not") is a writer's coinage's, not a spinner's swap: "non-dogmatic" had become
     * "not-dogmatic".
     */
    @ParameterizedTest
    @ValueSource(strings = {"His coaching is practical and non-dogmatic, with a focus on habits that last.",
            "Return the value if it is non-nil.", "The school is non-accredited, so check before you enrol.",
            "Sheds, non-attached garages and fences are covered."})
    void aPieceThatCoinsCompoundsStays(String text) {
        assertEquals(List.of(), pass(text + "\n").edits(), text);
    }

    /**
     * A compound's span is read over four pieces at most (the list's longest) and 64 letters a side: a longer chain is
     * none of the list's compounds, and reading it whole at each of its pieces made a 1 MB chain of hyphenated words take
     * more than ten minutes (now as long as before the list, 3 s).
     */
    @Test
    void aCompoundsSpanIsReadOverFourPiecesAtMost() {
        String four = "we use one-along-one-off time";
        int along = four.indexOf("along");
        assertArrayEquals(new int[] {four.indexOf("one-"), four.indexOf(" time")}, SpinPass.compoundSpan(four, along, along + 5));
        String five = "we use one-along-one-off-on time";
        assertNull(SpinPass.compoundSpan(five, five.indexOf("along"), five.indexOf("along") + 5));
        String chain = "x-" + "men-on-".repeat(100_000) + "y";
        int at = chain.length() / 2 - chain.length() / 2 % 7 + 2;
        assertTrue(chain.startsWith("men-on-", at), chain.substring(at, at + 7));
        assertNull(SpinPass.compoundSpan(chain, at, at + 3));
        String longPiece = "a " + "x".repeat(100) + "-men on";
        int men = longPiece.indexOf("men");
        assertNull(SpinPass.compoundSpan(longPiece, men, men + 3));
    }

    /**
     * A text wrapped by hand and cleaned by the spin pass alone: a line break inside a sentence starts no sentence, so a
     * capitalised word after it is no sentence's first word to weigh (the Declaration of Independence's "Despotism" had
     * become "Tyranny"); a heading's break still starts one.
     */
    @Test
    void aLineWrappedMidSentenceStartsNoSentence() {
        String wrapped = "But when a long train of abuses and usurpations, pursuing invariably the same Object evinces a design"
                + " to reduce them under absolute\nDespotism, it is their right, it is their duty, to throw off such Government.\n";
        PassResult r = pass(wrapped);
        assertTrue(r.edits().stream().noneMatch(e -> e.before().equals("Despotism")), r.edits().toString());
        List<SpinPass.Tok> toks = Tokens.tokens(wrapped);
        assertFalse(toks.stream().filter(k -> k.lower().equals("despotism")).findFirst().orElseThrow().sentenceStart());
        List<SpinPass.Tok> headed = Tokens.tokens("Our plans for the year\nDespotism is no plan.\n");
        assertTrue(headed.stream().filter(k -> k.lower().equals("despotism")).findFirst().orElseThrow().sentenceStart());
    }

    @Test
    void aSwapsCountRestoresOnlyWhereTheContextDoesNotArgueAgainstIt() {
        // the count makes up for a context that leans a little the other way ...
        assertTrue(SpinPass.restoredByCount(true, -1.5, 10, 3.5));
        // ... not for one that argues against the original ("along with you": "on with you" 6x less likely)
        assertTrue(!SpinPass.restoredByCount(true, -1.8 + SpinPass.OVERUSE_FLOOR, 10, 3.5));
        // short of the margin, or two originals about as likely: no
        assertTrue(!SpinPass.restoredByCount(true, 1, 2, 3.5));
        assertTrue(!SpinPass.restoredByCount(false, 2, 10, 3.5));
    }

    @Test
    void poissonTail() {
        assertEquals(1.0, Rates.poissonTail(0, 2.5), 1e-12);
        assertEquals(1 - Math.exp(-2.5), Rates.poissonTail(1, 2.5), 1e-12);
        assertEquals(1 - Math.exp(-2.5) * (1 + 2.5), Rates.poissonTail(2, 2.5), 1e-12);
        assertTrue(Rates.poissonTail(5, 0.04) < 1e-6);
    }

    /** Batch evidence: a form every article of the batch overuses, as one spinner's dictionary would. */
    @Test
    void aBatchLearnsTheFormsItsSpinnerOveruses() throws Exception {
        List<String> clean = new java.util.ArrayList<>();
        for (String page : List.of("wcxb_dev_0207", "wcxb_dev_0209", "wcxb_dev_0226", "wcxb_dev_0234", "wcxb_dev_0240", "wcxb_dev_0241")) {
            clean.add(Files.readString(ROOT.resolve("testdata/boilerplate/clean/" + page + ".txt")));
        }
        PassOptions options = PassOptions.defaults(FACTORY);
        io.github.unmangle.core.BatchLearner spunBatch = FACTORY.newBatchLearner(options);
        io.github.unmangle.core.BatchLearner cleanBatch = FACTORY.newBatchLearner(options);
        for (String c : clean) {
            cleanBatch.observe("c", c);
            spunBatch.observe("s", andSpun(c, 4));
        }
        var spun = (SpinLearner.Knowledge) spunBatch.finish();
        var original = (SpinLearner.Knowledge) cleanBatch.finish();
        assertTrue(spun.overused().containsKey("in addition to\nand"), spun.summary().toString());
        assertTrue(original.overused().keySet().stream().noneMatch(key -> key.startsWith("in addition to\n")), original.summary().toString());
        assertEquals(6L, spun.summary().get("documents"));
    }

    /** The bundled language model knows English word order: "have been", "done by", "as it". */
    @Test
    void theLanguageModelPrefersRealEnglishPairs() {
        NGrams g = NGrams.load();
        // pairs the spinner's word makes ungrammatical: at least ten times likelier with the original
        String[][] muchBetter = {{"have", "take", "been"}, {"law", "constabulary", "enforcement"}, {"police", "constabulary", "force"}};
        for (String[] b : muchBetter) {
            double real = g.logScore(g.id(b[0]), g.id(b[2]));
            double spun = g.logScore(g.id(b[1]), g.id(b[2]));
            assertTrue(real > spun + Math.log(10), b[0] + " " + b[2] + " " + real + " vs " + b[1] + " " + b[2] + " " + spun);
        }
        // pairs that are merely odd: likelier with the original
        String[][] better = {{"as", "equally", "it"}, {"let", "permit", "us"}, {"by", "past", "the"}};
        for (String[] b : better) {
            assertTrue(g.logScore(g.id(b[0]), g.id(b[2])) > g.logScore(g.id(b[1]), g.id(b[2])), String.join(" ", b));
        }
        // a probability, not a count: the successors of "the" (seen and backed-off) never exceed one
        assertTrue(g.logScore(g.id("the"), g.id("hill")) < 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We refuse to build the platform that powers Water ice, and we refuse.|ice|Water ice|ICE|false|false",
            "It sells Amazon Spider web Services to agencies.|web|Spider web|Web|true|false",
            "Showtime, they wrote.|first|Showtime|First|false|false",
            // an acronym (WordNet writes it in capitals only), inside a name too
            "The Garmin Global positioning system unit is small.|gps|Global positioning system|GPS|true|true",
            "She moved to N.y. last year.|ny|N.y.|NY|false|true"})
    void restoredCaseFollowsTheSpunFormAndItsNeighbours(String text, String original, String spun, String expected, boolean inName, boolean acronym) {
        assertTrue(text.contains(spun));
        assertEquals(expected, Tokens.cased(original, spun, spun.equals("Showtime"), inName, acronym));
    }

    @Test
    void acronymsAreThoseWordNetWritesInCapitalsOnly() throws Exception {
        Candidates c = Candidates.load(NGrams.load());
        for (String a : List.of("gps", "ny", "us", "fda", "mba")) {
            assertTrue(c.isAcronym(a), a);
        }
        for (String w : List.of("ice", "web", "ai", "in", "corp", "no such form")) {
            assertTrue(!c.isAcronym(w), w);
        }
    }

    /**
     * The gate reads a short text's share of odd words with 50 words of an unspun text's share counted in: one odd word
     * in a sentence (1 of 9, a plain share of 11%) restores nothing and is said; a spun article's dozens do. (Of
     * SpinEval's 15-word passages of unspun articles, 10.5 false edits per 10,000 words without the prior, 3.0 with it.)
     */
    @Test
    void oneOddWordInAShortTextIsSaidNotRestored() throws Exception {
        PassResult one = gated("Our lives would be worse if nosotros outlawed it.");
        assertEquals(List.of(), one.edits());
        assertTrue(one.flags().stream().anyMatch(f -> f.rule().equals("spun-held") && f.text().equals("nosotros")), one.flags().toString());
        String spun = String.join("\n", Files.readAllLines(ROOT.resolve("seeds/001_6f7d6fc794569498.txt")).subList(0, 10)) + "\n";
        assertTrue(gated(spun).edits().size() >= 5, gated(spun).edits().toString());
    }

    /**
     * The sequential test that lets a text go: at the default gate, a clean start after 184 words (not 183), one odd
     * place in 245, three in 368; never while odd places come at the gate's share, nor without a gate.
     */
    @Test
    void theLetGoTestNeedsMoreWordsForEachOddPlace() {
        double gate = 0.03;
        SpinPass.LetGo test = SpinPass.LetGo.at(gate);
        assertFalse(test.clearlyUnspun(0, 183));
        assertTrue(test.clearlyUnspun(0, 184));
        assertFalse(test.clearlyUnspun(1, 244));
        assertTrue(test.clearlyUnspun(1, 245));
        assertFalse(test.clearlyUnspun(3, 367));
        assertTrue(test.clearlyUnspun(3, 368));
        for (int read = 100; read <= 5000; read += 100) {
            assertFalse(test.clearlyUnspun((int) Math.round(gate * read), read), "at the gate's share, " + read + " words");
        }
        assertEquals(null, SpinPass.LetGo.at(0), "no gate: nothing let go");
        assertTrue(SpinPass.LetGo.at(1).clearlyUnspun(0, 5000), "a gate of 1 is tested as half");
    }

    /** A long text whose first part reads as clearly unspun is let go after it; a spun one is weighed to the end. */
    @Test
    void aLongOriginalTextIsLetGoEarlyAndASpunOneIsNot() throws Exception {
        StringBuilder clean = new StringBuilder();
        for (String page : List.of("wcxb_dev_0207", "wcxb_dev_0209", "wcxb_dev_0226", "wcxb_dev_0234")) {
            clean.append(Files.readString(ROOT.resolve("testdata/boilerplate/clean/" + page + ".txt"))).append("\n\n");
        }
        int words = Tokens.tokens(clean.toString()).size();
        assertTrue(words >= SpinPass.LET_GO_MIN_WORDS, "test text too short: " + words);
        PassResult original = gated(clean.toString());
        assertTrue(original.metrics().get("spin-words-weighed") < words, original.metrics().toString());
        // a clean start is let go before the 400 words every text was read for before the sequential test (wcxb_dev_0234,
        // 850 words, holds one odd place early: let go at 245), and not before the 184 a start without one needs (the test
        // weighs the start against a spinner at SpinPass.LET_GO_GATE, 3%, under the 2% gate)
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0234.txt"));
        PassResult one = gated(text);
        double weighed = one.metrics().get("spin-words-weighed");
        assertTrue(weighed < 400 && weighed >= 184, one.metrics().toString());
        // without the gate (--spin.doc-gate 0: restorations wherever the evidence is) every word is weighed
        PassResult ungated = FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of("doc-gate", "0"))).apply(PassInput.of("t", text));
        assertEquals(Tokens.tokens(text).size(), ungated.metrics().get("spin-words-weighed").intValue(), ungated.metrics().toString());
        String spun = String.join("\n", Files.readAllLines(ROOT.resolve("seeds/001_6f7d6fc794569498.txt")).subList(0, 10)) + "\n";
        String longSpun = (spun + "\n").repeat(3);
        PassResult r = gated(longSpun);
        assertEquals(Tokens.tokens(longSpun).size(), r.metrics().get("spin-words-weighed").intValue(), r.metrics().toString());
        assertTrue(r.edits().size() >= 15, r.edits().toString());
    }

    /**
     * A spun form matched on the text that ends inside a token ("socio-economic class" in "class’s", before a possessive)
     * is one place whose token is its own: "class" is not weighed again inside it, and the place's context is the word
     * after the token. It had been weighed as a place of two tokens, the third left to be weighed on its own: two flags over
     * "class" (one inside the other), and, with every margin at 0, two restorations that overlapped, which failed on the
     * text (testdata/spin/spun-0016-possessive.txt).
     */
    @Test
    void aFormEndingBeforeAPossessiveIsOnePlace() throws Exception {
        String s = "Anheuser-Busch, the socio-economic class\u2019s largest brewing company, adopts a machine learning-driven fleet system.";
        PassResult r = pass(s);
        int form = s.indexOf("socio-economic class");
        assertTrue(r.flags().stream().anyMatch(f -> f.start() == form && f.end() == form + "socio-economic class".length()), r.flags().toString());
        assertTrue(r.flags().stream().noneMatch(f -> f.start() > form && f.start() < form + "socio-economic class".length()), r.flags().toString());
        String doc = Files.readString(ROOT.resolve("testdata/spin/spun-0016-possessive.txt"));
        Pass bare = FACTORY.create(new PassOptions("spin", FACTORY.options(), Map.of("margin", "0", "strong-margin", "0", "choice-margin", "0")));
        PassResult all = bare.apply(PassInput.of("t", doc));
        assertTrue(all.edits().size() >= 30, all.edits().toString());
        List<Edit> edits = all.edits().stream().sorted(java.util.Comparator.comparingInt(Edit::start)).toList();
        for (int k = 1; k < edits.size(); k++) {
            Edit a = edits.get(k - 1);
            Edit b = edits.get(k);
            assertTrue(a.end() <= b.start(), a + " overlaps " + b);
        }
    }
}
