package io.github.unmangle.pass.pages;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRule;

import java.util.List;

/** Factory of the {@code pages} pass (first in the default chain: it hands the unicode pass pages' texts that meet). */
public final class PagesPassFactory implements PassFactory {

    @Override
    public String name() {
        return PagesPass.NAME;
    }

    @Override
    public String description() {
        return "page breaks of text extracted from PDFs (form feeds): running headers, footers and page numbers removed, the pages' texts made to meet";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<PassOption> options() {
        return List.of(PassOption.value("min-share", 0.2,
                "a line is a running header or footer when it stands at the edge of at least this share of the pages (and of two pages)"));
    }

    @Override
    public List<PassRule> rules() {
        return List.of(
                PassRule.edit(PagesPass.BREAK, "a form feed and the running header, footer and page number around it removed; the pages' texts meet on adjacent lines"),
                PassRule.edit(PagesPass.FURNITURE, "a running header above the first page's text, or a footer below the last's, removed"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        double share = options.getDouble("min-share");
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("--pages.min-share must be above 0 and at most 1, not " + share);
        }
        return new PagesPass(share);
    }
}
