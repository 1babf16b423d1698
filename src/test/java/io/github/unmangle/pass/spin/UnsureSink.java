package io.github.unmangle.pass.spin;

import java.util.function.BiConsumer;

/** The spin pass's unsure places of a spun text with their features, for a harness (SpinEval -Dspineval.unsure=FILE). */
public final class UnsureSink {
    private UnsureSink() {
    }

    /** Receives each unsure place's best original and features (null: none). */
    public static void set(BiConsumer<String, double[]> sink) {
        SpinPass.unsureSink = sink;
    }

    /** Receives each place the other spinners' model weighs, its best original and features, "thesaurus" last (null: none). */
    public static void setOther(BiConsumer<String, double[]> sink) {
        SpinPass.otherSink = sink;
    }

    /** Waits for the built-in decision model, read once (a harness's measure of the pass's resources). */
    public static void awaitBuiltInModel() {
        if (SpinPassFactory.DecisionModel.WORDNET.builtin() == null) {
            throw new IllegalStateException("no built-in decision model");
        }
    }

    /** The WordNet spinners' model's features, in their order (the sink's rows after the place's offsets). */
    public static String[] names() {
        return SpinPassFactory.DecisionModel.WORDNET.names.clone();
    }

    /** The other spinners' model's features ("thesaurus" last), in their order. */
    public static String[] otherNames() {
        return SpinPassFactory.DecisionModel.OTHER.names.clone();
    }
}
