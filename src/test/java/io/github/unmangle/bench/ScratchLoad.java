package io.github.unmangle.bench;

import io.github.unmangle.core.*;

public class ScratchLoad {
    public static void main(String[] a) throws Exception {
        PassFactory f = PassRegistry.load().get("spin");
        long t0 = System.nanoTime();
        Pass pass = f.create(new PassOptions("spin", f.options(), java.util.Map.of()));
        long t1 = System.nanoTime();
        pass.apply(PassInput.of("first", "Our lives would be worse if nosotros outlawed it."));
        long t2 = System.nanoTime();
        System.out.printf("create %d ms, first apply %d ms, total %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
    }
}
