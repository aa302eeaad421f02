// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Drafts::fromMarkdown on any text (the bytes as UTF-8, as the editor's import reads a
// file). Beyond crashes and sanitizer reports it checks one property: a draft that imports, exported
// with toMarkdown and imported again, is the same draft. Needs no QCoreApplication.
#include "FuzzTarget.h"
#include <drafts/Drafts.h>

using namespace sos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto drafts =
        fuzz::roundTrip<Draft>(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)),
                               &Drafts::fromMarkdown, &Drafts::toMarkdown);
    if (!drafts)
        return 0;
    const auto& [draft, again] = *drafts;
    const auto verdict = [](const Draft& d) {
        return d.verdict ? enumName(*d.verdict) : QString();
    };
    fuzz::expectSame("tool", draft.toolId, again.toolId);
    fuzz::expectSame("lens", draft.lensId, again.lensId);
    fuzz::expectSame("custom lens", draft.customLens, again.customLens);
    fuzz::expectSame("verdict", verdict(draft), verdict(again));
    fuzz::expectSame("author", draft.author, again.author);
    fuzz::expectSame("fields", draft.fields, again.fields);
    fuzz::expectSame("text", draft.text, again.text);
    return 0;
}
