// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileInput.h"

#include <base/TextMatch.h>

namespace sos {

namespace {

QStringList fieldNames()
{
    QStringList names;
    for (const auto& [field, name] : enumNames<ToolField>)
        names << QString::fromLatin1(name);
    return names;
}

// The values the catalog has for a field, as it spells them, from the catalog's facet counts (read
// once per check: at 100,000 tools a count of every facet is a tenth of a second).
QStringList catalogValues(const Catalog::AllFacetCounts& counts, ToolField field)
{
    const auto facet = enumFromName<Facet>(enumName(field));
    Q_ASSERT(facet);
    QStringList values;
    for (const FacetCount& count : counts.at(static_cast<std::size_t>(*facet)))
        values << count.value;
    return values;
}

Result<int> weightFrom(const QString& text, const QString& what)
{
    bool ok = false;
    const int weight = text.trimmed().toInt(&ok);
    if (!ok || weight < CriteriaProfile::minimumWeight || weight > CriteriaProfile::maximumWeight) {
        return Error{
            ProfileInput::tr("The weight of %1 must be a whole number from %2 to %3, not \u201c%4\u201d.")
                .arg(what)
                .arg(CriteriaProfile::minimumWeight)
                .arg(CriteriaProfile::maximumWeight)
                .arg(text.trimmed())};
    }
    return weight;
}

// The must-have's values as the catalog spells them; an error names a value no tool has.
Result<MustHave> checkedMustHave(const Catalog::AllFacetCounts& counts, const MustHave& mustHave)
{
    const QStringList known = catalogValues(counts, mustHave.field);
    MustHave checked{mustHave.field, {}};
    for (const QString& typed : mustHave.values) {
        const QString value = typed.trimmed();
        if (value.isEmpty())
            continue;
        const auto match = std::find_if(known.begin(), known.end(), [&](const QString& candidate) {
            return candidate.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (match == known.end()) {
            return Error{withSuggestions(ProfileInput::tr("No tool in the catalog has the %1 \u201c%2\u201d: "
                                                          "that must-have could never be met.")
                                             .arg(toolFieldLabel(mustHave.field), value),
                                         value, known),
                         Error::Kind::NotFound};
        }
        if (!checked.values.contains(*match))
            checked.values << *match;
    }
    if (checked.values.isEmpty()) {
        return Error{
            ProfileInput::tr("The must-have on %1 names no value: write %2=VALUE, or VALUE|VALUE for any of "
                             "several.")
                .arg(toolFieldLabel(mustHave.field), enumName(mustHave.field))};
    }
    return checked;
}

// The must-haves together: an error when no tool in the catalog meets all of them at once.
Result<void> checkTogether(const Store& store, const QList<MustHave>& mustHaves)
{
    if (mustHaves.size() < 2)
        return {};
    ToolQuery query;
    QStringList said;
    for (const MustHave& mustHave : mustHaves) {
        query.values(*enumFromName<Facet>(enumName(mustHave.field))) = mustHave.values;
        said << mustHave.toDisplayString();
    }
    if (store.catalog().countTools(query) > 0)
        return {};
    return Error{ProfileInput::tr("No tool in the catalog meets all of these must-haves at once: %1.")
                     .arg(said.join(QStringLiteral("; ")))};
}

} // namespace

Result<QString> ProfileInput::lensId(const Store& store, const QString& typed)
{
    const QString wanted = typed.trimmed();
    const QList<Lens> lenses = store.catalog().lenses();
    QStringList candidates;
    QList<const Lens*> prefixed;
    for (const Lens& lens : lenses) {
        if (lens.id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            lens.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return lens.id;
        if (!wanted.isEmpty() && (lens.id.startsWith(wanted, Qt::CaseInsensitive) ||
                                  lens.name.startsWith(wanted, Qt::CaseInsensitive)))
            prefixed << &lens;
        candidates << lens.id;
    }
    if (prefixed.size() == 1) // "buy" for buyer: a unique beginning is enough
        return prefixed.first()->id;
    QString message = tr("There is no lens named \u201c%1\u201d.").arg(wanted);
    if (closestMatches(wanted, candidates).isEmpty())
        message += QLatin1Char(' ') + tr("The lenses are: %1.").arg(candidates.join(QStringLiteral(", ")));
    return Error{withSuggestions(message, wanted, candidates), Error::Kind::NotFound};
}

Result<CriteriaProfile> ProfileInput::withWeights(const Store& store, CriteriaProfile base,
                                                  const QString& text)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0) {
            return Error{tr("\u201c%1\u201d is not LENS=WEIGHT (for example buyer=5).").arg(item.trimmed())};
        }
        auto id = lensId(store, item.left(equals));
        if (!id)
            return id.error();
        auto weight = weightFrom(item.mid(equals + 1), item.left(equals).trimmed());
        if (!weight)
            return weight.error();
        base.lensWeights.insert(id.value(), weight.value());
    }
    return base;
}

Result<CriteriaProfile> ProfileInput::withRequirement(const Store& store, CriteriaProfile base,
                                                      const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0) {
        return Error{tr("\u201c%1\u201d is not FIELD=VALUE (for example license=Apache 2.0|MIT).")
                         .arg(text.trimmed())};
    }
    const QString fieldText = text.left(equals).trimmed();
    const auto field = enumFromName<ToolField>(fieldText);
    if (!field) {
        return Error{withSuggestions(tr("There is no field \u201c%1\u201d to require: use %2.")
                                         .arg(fieldText, fieldNames().join(QStringLiteral(", "))),
                                     fieldText, fieldNames()),
                     Error::Kind::NotFound};
    }
    auto checked = checkedMustHave(store.catalog().facetCounts(ToolQuery{}),
                                   MustHave{*field, text.mid(equals + 1).split(QLatin1Char('|'))});
    if (!checked)
        return checked.error();
    base.mustHaves.removeIf([&](const MustHave& existing) { return existing.field == *field; });
    base.mustHaves << checked.value();
    if (auto together = checkTogether(store, base.mustHaves); !together)
        return together.error();
    return base;
}

Result<CriteriaProfile> ProfileInput::withCommunityWeight(CriteriaProfile base, const QString& text)
{
    auto weight = weightFrom(text, tr("the community"));
    if (!weight)
        return weight.error();
    base.communityWeight = weight.value();
    return base;
}

Result<CriteriaProfile> ProfileInput::savedProfile(const Store& store, const QString& name)
{
    if (auto saved = store.decisions().profile(name))
        return *saved;
    if (name.trimmed().compare(CriteriaProfile::equalWeightsName(), Qt::CaseInsensitive) == 0)
        return CriteriaProfile::equalWeights();
    QStringList names{CriteriaProfile::equalWeightsName()};
    for (const CriteriaProfile& profile : store.decisions().profiles())
        names << profile.name;
    return Error{
        withSuggestions(tr("There is no profile named \u201c%1\u201d.").arg(name.trimmed()), name, names),
        Error::Kind::NotFound};
}

Result<CriteriaProfile> ProfileInput::chosen(const Store& store, const QString& name)
{
    if (name.trimmed().isEmpty())
        return store.decisions().defaultProfile();
    return savedProfile(store, name);
}

Result<void> ProfileInput::validate(const Store& store, const CriteriaProfile& profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error{tr("A profile needs a name.")};
    QStringList lensIds;
    for (const Lens& lens : store.catalog().lenses())
        lensIds << lens.id;
    for (auto it = profile.lensWeights.begin(); it != profile.lensWeights.end(); ++it) {
        if (!lensIds.contains(it.key())) {
            return Error{withSuggestions(tr("There is no lens named \u201c%1\u201d.").arg(it.key()), it.key(),
                                         lensIds),
                         Error::Kind::NotFound};
        }
        if (auto weight = weightFrom(QString::number(it.value()), it.key()); !weight)
            return weight.error();
    }
    if (auto weight = weightFrom(QString::number(profile.communityWeight), tr("the community")); !weight)
        return weight.error();
    if (!profile.mustHaves.isEmpty()) {
        const Catalog::AllFacetCounts counts = store.catalog().facetCounts(ToolQuery{});
        for (const MustHave& mustHave : profile.mustHaves) {
            if (auto checked = checkedMustHave(counts, mustHave); !checked)
                return checked.error();
        }
    }
    return checkTogether(store, profile.mustHaves);
}

} // namespace sos
