// SPDX-License-Identifier: GPL-3.0-or-later
// A failing QCOMPARE on an error's kind names both kinds (QTest finds this overload by the kind's
// namespace) instead of printing two numbers.
#pragma once

#include <base/Result.h>

#include <QTest>

namespace sos {

inline char* toString(Error::Kind kind)
{
    return QTest::toString(enumName(kind));
}

} // namespace sos
