// SPDX-License-Identifier: GPL-3.0-or-later
// A criteria profile from what a person typed: "--weights buyer=5,dx=1" and "--require
// license=Apache 2.0|MIT", checked against the store's lenses and catalog. Every mistake is an error
// that names what was typed and suggests the nearest: an unknown lens or field, a weight that is not a
// whole number from 0 to 5, a must-have value no tool in the catalog has.
#pragma once

#include <base/Result.h>
#include <domain/Decision.h>
#include <store/Store.h>

#include <QCoreApplication>

namespace sos {

class ProfileInput final
{
    Q_DECLARE_TR_FUNCTIONS(sos::ProfileInput)

public:
    // "LENS=W,LENS=W" applied over base's weights; LENS is a lens id or name (any case).
    static Result<CriteriaProfile> withWeights(const Store& store, CriteriaProfile base, const QString& text);
    // "FIELD=V|V" added to base's must-haves (a second one on the same field replaces the first).
    static Result<CriteriaProfile> withRequirement(const Store& store, CriteriaProfile base,
                                                   const QString& text);
    // The community's weight, "0".."5".
    static Result<CriteriaProfile> withCommunityWeight(CriteriaProfile base, const QString& text);

    // A lens id from an id or name; NotFound with suggestions otherwise.
    static Result<QString> lensId(const Store& store, const QString& typed);
    // The profile saved as name, or the built-in equal weights by its name; NotFound with suggestions.
    static Result<CriteriaProfile> savedProfile(const Store& store, const QString& name);
    // The profile a person asked for: savedProfile(name), or the store's default when name is empty.
    static Result<CriteriaProfile> chosen(const Store& store, const QString& name);
    // Checks a whole profile (from a dialog): weights in range, known lenses, must-haves some tool meets.
    static Result<void> validate(const Store& store, const CriteriaProfile& profile);
};

} // namespace sos
