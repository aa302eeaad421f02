// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the libFuzzer entry point, the round-trip check, and how a broken
// property ends the run (an abort, which libFuzzer reports as a crash and saves the input for).
#pragma once

#include <base/Result.h>

#include <QDebug>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace sos::fuzz {

[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz target: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 detail.toUtf8().constData());
    std::abort();
}

// parse(input); when it succeeds, parse(write(result)) must succeed too. Returns both results, for
// the caller to compare, or nothing when the input itself does not parse.
template <typename T, typename Input, typename Parse, typename Write>
std::optional<std::pair<T, T>> roundTrip(const Input& input, const Parse& parse, const Write& write)
{
    Result<T> first = parse(input);
    if (!first)
        return std::nullopt;
    Result<T> second = parse(write(first.value()));
    if (!second)
        fail("the parser refuses what was written back from what it accepted", second.errorMessage());
    return std::pair<T, T>{std::move(first).value(), std::move(second).value()};
}

inline void expectSame(const char* field, bool same)
{
    if (!same)
        fail("the round trip changed a field", QString::fromLatin1(field));
}

// The same, showing both values (any type QDebug prints).
template <typename T> void expectSame(const char* field, const T& before, const T& after)
{
    if (before == after)
        return;
    QString values;
    QDebug(&values) << before << "became" << after;
    fail("the round trip changed a field", QString::fromLatin1(field) + QStringLiteral(": ") + values);
}

} // namespace sos::fuzz
