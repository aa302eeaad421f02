// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the scorecard editor's texts. The form, the find bar and the preview
// were one class when their texts were translated; they keep its context, so every translation
// still applies.
#pragma once

#include <QCoreApplication>

namespace sos {

struct EditorText final
{
    Q_DECLARE_TR_FUNCTIONS(sos::ScorecardEditor)
};

} // namespace sos
